using Drills.Discord.Tests.Support;
using Microsoft.Extensions.Options;

namespace Drills.Discord.Tests.Rest;

/// <summary>A <see cref="DiscordRestClient"/> over <see cref="StubHttpHandler"/>, on the real clock or on
/// <see cref="Clock"/> (which also stamps the stub's requests); every test ends by checking that the token
/// never reached the logs.</summary>
public abstract class RestTestBase : IDisposable
{
    protected const string Token = "stub-token.NEVER-IN-LOGS";

    protected RestTestBase() => Http = new StubHttpHandler(Clock);

    internal TestClock Clock { get; } = new();

    internal StubHttpHandler Http { get; }

    internal LogCapture Logs { get; } = new();

    protected static Interaction SomeInteraction => new() { Id = 111, ApplicationId = 222, Token = "interaction-token-abc", Type = InteractionType.ApplicationCommand };

    public void Dispose()
    {
        Logs.AssertNeverLogged(Token);
        Http.Dispose();
        GC.SuppressFinalize(this);
    }

    protected DiscordRestClient Client(Action<DiscordOptions>? configure = null, bool onFakeClock = false)
    {
        var options = new DiscordOptions
        {
            Token = Token,
            ApiBaseUrl = "https://discord.test/api/v10",
            ServerErrorRetryDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return new DiscordRestClient(new StubHttpClientFactory(Http), Options.Create(options), onFakeClock ? Clock : TimeProvider.System, Logs.For<DiscordRestClient>());
    }

    /// <summary>The time between two requests on <see cref="Clock"/> (meaningful for a client on the fake clock).</summary>
    internal static TimeSpan Between(StubRequest first, StubRequest second) => second.At - first.At;
}
