namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Fatal close codes (4004 bad token, 4010-4014) are never retried: the gateway logs one clear line, faults
/// <see cref="GatewayClient.Ready"/>, sets exit code 1 and stops the host. A wrong token is already refused by
/// <c>GET /gateway/bot</c> (401: "the token is bad, stop"), same outcome; the wrong token is not logged either.
/// </summary>
public sealed class FatalCloseScenarioTests : ScenarioBase
{
    protected override bool StartBotAtOnce => false;

    [Fact]
    public async Task BadTokenStopsWithTheClearError()
    {
        const string wrong = "not-the-right-token.zzz";
        var bot = await StartBotAsync(token: wrong);

        var error = await Assert.ThrowsAsync<DiscordFatalGatewayException>(() => bot.Gateway.Ready.WaitAsync(Wait));
        await Support.Eventually.TrueAsync(() => bot.StopRequested, "the host stopping");

        Assert.Equal(4004, error.CloseCode);
        Assert.Equal(1, bot.ExitCode);
        var fatal = Assert.Single(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.EndsWith("Discord refused the bot: GET /gateway/bot answered 401 (the token is invalid; check Discord:Token). Not retrying; stopping the bot.", fatal, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', fatal);
        await Task.Delay(500);
        Assert.Equal(0, Discord.IdentifyCount);
        Assert.Single(Discord.Requests, r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal));
        bot.Logs.AssertNeverLogged(wrong);
    }

    [Fact]
    public async Task Gateway4004StopsWithTheClearError()
    {
        var bot = await StartBotAsync();
        await bot.Gateway.Ready.WaitAsync(Wait);

        await Discord.Faults.CloseGatewayAsync(4004);
        await Support.Eventually.TrueAsync(() => bot.StopRequested, "the host stopping");

        Assert.Equal(1, bot.ExitCode);
        var fatal = Assert.Single(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.EndsWith("Discord refused the bot: the gateway closed with 4004 (authentication failed: the token is invalid; check Discord:Token). Not retrying; stopping the bot.", fatal, StringComparison.Ordinal);
        await Task.Delay(500);
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
        await Support.Eventually.TrueAsync(() => bot.StopRequested, "the host stopping");

        Assert.Equal(1, bot.ExitCode);
        Assert.Single(Discord.Connections);
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"closed with {code}", StringComparison.Ordinal));
    }
}
