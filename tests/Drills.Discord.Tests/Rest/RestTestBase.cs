using Drills.Discord.Tests.Support;
using Microsoft.Extensions.Options;

namespace Drills.Discord.Tests.Rest;

/// <summary>A <see cref="DiscordRestClient"/> over <see cref="StubHttpHandler"/>; every test ends by checking
/// that the token never reached the logs.</summary>
public abstract class RestTestBase : IDisposable
{
    protected const string Token = "stub-token.NEVER-IN-LOGS";

    internal StubHttpHandler Http { get; } = new();

    internal LogCapture Logs { get; } = new();

    protected static Interaction SomeInteraction => new() { Id = 111, ApplicationId = 222, Token = "interaction-token-abc", Type = InteractionType.ApplicationCommand };

    public void Dispose()
    {
        Logs.AssertNeverLogged(Token);
        Http.Dispose();
        GC.SuppressFinalize(this);
    }

    protected DiscordRestClient Client(Action<DiscordOptions>? configure = null)
    {
        var options = new DiscordOptions
        {
            Token = Token,
            ApiBaseUrl = "https://discord.test/api/v10",
            ServerErrorRetryDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return new DiscordRestClient(new StubHttpClientFactory(Http), Options.Create(options), TimeProvider.System, Logs.For<DiscordRestClient>());
    }

    protected static TimeSpan Since(long timestamp) => TimeProvider.System.GetElapsedTime(timestamp);

    internal static TimeSpan Between(StubRequest first, StubRequest second) => TimeProvider.System.GetElapsedTime(first.At, second.At);
}
