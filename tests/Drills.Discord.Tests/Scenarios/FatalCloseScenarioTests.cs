using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Fatal close codes (4004 bad token, 4010-4014) are never retried: the gateway logs one clear line, faults
/// <see cref="GatewayClient.Ready"/> and reports the close in <see cref="GatewayClient.Fatal"/>, and leaves the
/// rest to the application: it neither stops the host nor sets an exit code (the bot does both: its
/// FatalGatewayStop and BotHost). A wrong token is already refused by <c>GET /gateway/bot</c> (401: "the token is
/// bad, stop"), same outcome; the wrong token is not logged either.
/// On a fake clock, whose record of armed waits is final once the gateway's loop has ended: a fatal close never
/// even starts the reconnect backoff (880 ms with the draw fixed at 0.2), while a resumable close waits exactly
/// that long and then reconnects. (docs/discord.md "Close codes".)
/// </summary>
public sealed class FatalCloseScenarioTests : ScenarioBase
{
    protected override bool StartBotAtOnce => false;

    protected override bool OnFakeClock => true;

    [Fact]
    public async Task BadTokenStopsWithTheClearError()
    {
        const string wrong = "not-the-right-token.zzz";
        var bot = await StartBotAsync(token: wrong);

        var error = await Assert.ThrowsAsync<DiscordFatalGatewayException>(() => bot.Gateway.Ready.WaitAsync(Wait));
        await NeverRetriesAsync(bot);

        Assert.Equal(4004, error.CloseCode);
        Assert.Same(error, await bot.Gateway.Fatal);
        var fatal = Assert.Single(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.EndsWith("Discord refused the bot: GET /gateway/bot answered 401 (the token is invalid; check Discord:Token). Not retrying.", fatal, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', fatal);
        Assert.Equal(0, Discord.IdentifyCount);
        Assert.Empty(Discord.Connections);
        Assert.Single(Discord.Requests, r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal));
        bot.Logs.AssertNeverLogged(wrong);
    }

    [Fact]
    public async Task Gateway4004StopsWithTheClearError()
    {
        var bot = await StartBotAsync();
        await bot.Gateway.Ready.WaitAsync(Wait);

        await Discord.Faults.CloseGatewayAsync(4004);
        await NeverRetriesAsync(bot);

        Assert.Equal(4004, (await bot.Gateway.Fatal).CloseCode);
        Assert.True(bot.Gateway.Ready.IsCompletedSuccessfully);
        var fatal = Assert.Single(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.EndsWith("Discord refused the bot: the gateway closed with 4004 (authentication failed: the token is invalid; check Discord:Token). Not retrying.", fatal, StringComparison.Ordinal);
        Assert.Single(Discord.Connections);
        Assert.Equal(1, Discord.IdentifyCount);
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task OtherFatalCodesStopToo(int code)
    {
        var bot = await StartBotAsync();
        await bot.Gateway.Ready.WaitAsync(Wait);

        await Discord.Faults.CloseGatewayAsync(code);
        await NeverRetriesAsync(bot);

        Assert.Equal(code, (await bot.Gateway.Fatal).CloseCode);
        Assert.Single(Discord.Connections);
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"closed with {code}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResumableClose_ReconnectsExactlyWhenTheBackoffEnds()
    {
        var bot = await StartBotAsync();
        await bot.Gateway.Ready.WaitAsync(Wait);
        var closedAt = Clock!.Now;

        await Discord.Faults.CloseGatewayAsync(4000);

        // Established before, so the first step: 1 s x (0.8 + 0.4 x jitter 0.2) = 880 ms, then a resume.
        var backoff = await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(880), "the reconnect backoff");
        Assert.Equal(closedAt + TimeSpan.FromMilliseconds(880), backoff.DueAt);
        Assert.Single(Discord.Connections); // parked in the wait: nothing can reconnect before the clock moves
        Clock.AdvanceTo(backoff.DueAt);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount == 1 && Discord.IsReady, Wait);

        Assert.Equal(backoff.DueAt, Discord.Connections[1].OpenedAt);
        Assert.Single(Clock.Armed(), d => d == TimeSpan.FromMilliseconds(880));
        Assert.False(bot.StopRequested);
        Assert.False(bot.Gateway.Fatal.IsCompleted);
    }

    /// <summary>
    /// The fatal close is reported and the gateway's loop ends by itself, the host still running (stopping it is the
    /// application's call); then nothing more can happen: no reconnect was logged, no backoff wait was ever armed on
    /// the clock, and no connection or request followed.
    /// </summary>
    private async Task NeverRetriesAsync(BotHarness bot)
    {
        await bot.Gateway.Fatal.WaitAsync(Wait);
        await bot.Gateway.ExecuteTask!.WaitAsync(Wait);
        Assert.False(bot.StopRequested);

        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("reconnecting (", StringComparison.Ordinal) || l.Contains("retrying in", StringComparison.Ordinal));
        Assert.DoesNotContain(TimeSpan.FromMilliseconds(880), Clock!.Armed());
    }
}
