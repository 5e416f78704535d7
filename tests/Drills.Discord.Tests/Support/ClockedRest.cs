using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// A <see cref="DiscordRestClient"/> on a <see cref="FakeTimeProvider"/> over a <see cref="ClockedHttpHandler"/>,
/// and a way to let fake time pass while the client's tasks run: waits, backoffs and bucket resets happen
/// on the fake clock, so a test measures them exactly, whatever the machine's load.
/// </summary>
internal sealed class ClockedRest
{
    public const string Token = "clocked-token.NEVER-IN-LOGS";

    public ClockedRest(Action<DiscordOptions>? configure = null)
    {
        Http = new ClockedHttpHandler(Time);
        var options = new DiscordOptions { Token = Token, ApiBaseUrl = "https://discord.test/api/v10" };
        configure?.Invoke(options);
        Client = new DiscordRestClient(new StubHttpClientFactory(Http), Options.Create(options), Time, Logs.For<DiscordRestClient>());
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero));

    public ClockedHttpHandler Http { get; }

    public LogCapture Logs { get; } = new();

    public DiscordRestClient Client { get; }

    /// <summary>Moves the clock in <paramref name="step"/>s (letting the client's tasks run between steps) until
    /// <paramref name="condition"/> holds; fails after <paramref name="limit"/> of fake time.</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan limit, TimeSpan? step = null)
    {
        var start = Time.GetUtcNow();
        while (!condition())
        {
            Assert.True(Time.GetUtcNow() - start <= limit, $"still waiting after {limit.TotalSeconds} s of fake time");
            await Task.Delay(1);
            if (!condition())
            {
                Time.Advance(step ?? TimeSpan.FromMilliseconds(50));
            }
        }
    }
}
