namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Fatal close codes (4004 bad token, 4010-4014) are never retried: the gateway logs one clear line, faults
/// <see cref="GatewayClient.Ready"/>, sets exit code 1 and stops the host. The wrong token is not logged either.
/// </summary>
public sealed class FatalCloseScenarioTests : ScenarioBase
{
    protected override bool StartBotAtOnce => false;

    [Fact]
    public async Task BadToken4004StopsWithTheClearError()
    {
        const string wrong = "not-the-right-token.zzz";
        var bot = await StartBotAsync(token: wrong);

        var error = await Assert.ThrowsAsync<DiscordFatalGatewayException>(() => bot.Gateway.Ready.WaitAsync(Wait));
        await Support.Eventually.TrueAsync(() => bot.StopRequested, "the host stopping");

        Assert.Equal(4004, error.CloseCode);
        Assert.Equal(1, bot.ExitCode);
        var fatal = Assert.Single(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.True(fatal.Contains("Discord gateway closed with 4004: authentication failed: the token is invalid (check Discord:Token)", StringComparison.Ordinal), fatal);
        Assert.DoesNotContain('\n', fatal);
        await Task.Delay(500);
        Assert.Equal(1, Discord.IdentifyCount);
        bot.Logs.AssertNeverLogged(wrong);
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
