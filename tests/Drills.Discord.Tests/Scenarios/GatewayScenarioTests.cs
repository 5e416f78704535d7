using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// The gateway against the fake Discord over real sockets: identify and ready; op 7 resumed with the missed
/// events replayed and none handled twice; op 9 true resumes; resumable vs new-session closes; a dropped socket
/// resumes; unknown dispatch types pass through; failing handlers are logged, never fatal. Waits and beats on a
/// fake clock: <see cref="HeartbeatScenarioTests"/>, <see cref="InvalidSessionScenarioTests"/>,
/// <see cref="FatalCloseScenarioTests"/>. Nothing here measures time: every wait is for something to happen.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class GatewayScenarioTests : ScenarioBase
{
    [Fact]
    public async Task IdentifyAndReady()
    {
        var ready = await Bot.Gateway.Ready;

        Assert.Equal((Discord.ApplicationId, Discord.BotUserId), (ready.ApplicationId, ready.BotUserId));
        Assert.Equal(Discord.Connections[0].SessionId, ready.SessionId);
        var connection = Assert.Single(Discord.Connections);
        Assert.Equal(("/gateway", "?v=10&encoding=json"), (connection.Path, connection.Query));
        var identify = Assert.Single(Frames(2)).D;
        Assert.Equal(Discord.Token, identify.GetProperty("token").GetString());
        Assert.Equal(1, identify.GetProperty("intents").GetInt32());
        Assert.Equal(["os", "browser", "device"], identify.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.False(identify.TryGetProperty("shard", out _));
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "READY"), "READY handed to the dispatch handlers");
    }

    [Fact]
    public async Task IdentifyCarriesTheConfiguredShard()
    {
        await Bot.DisposeAsync();
        await Discord.Faults.CloseGatewayAsync(1000);
        await StartBotAsync(settings: new Dictionary<string, string?> { ["Discord:ShardId"] = "0", ["Discord:ShardCount"] = "1" });
        await Bot.Gateway.Ready.WaitAsync(Wait);

        var shard = Frames(2).Last().D.GetProperty("shard");
        Assert.Equal([0, 1], shard.EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Op7ResumedWithMissedEventsReplayed_NoneHandledTwice()
    {
        Discord.SendDispatch("BEFORE", new { n = 0 });
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "BEFORE"), "BEFORE");

        await Discord.Faults.SendReconnectAsync();
        for (var i = 1; i <= 5; i++)
        {
            Discord.SendDispatch("MISSED", new { n = i }); // queued behind op 7: the client stops reading and must get them by replay
        }

        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount == 1 && Discord.IsReady, Wait);
        Discord.SendDispatch("AFTER", new { n = 6 });
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "AFTER"), "AFTER");

        var seen = Bot.Dispatches.Seen.ToList();
        Assert.Equal([1, 2, 3, 4, 5], seen.Where(d => d.Type == "MISSED").Select(d => d.Data.GetProperty("n").GetInt32()));
        var sequences = seen.Select(d => d.Sequence).ToList();
        Assert.Equal(sequences.Distinct().Count(), sequences.Count);
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(4000, Discord.Connections[0].ClientCloseCode);
        Assert.Equal("/gateway-resume", Discord.Connections[1].Path);
        Assert.Equal(1, Discord.IdentifyCount);
    }

    [Fact]
    public async Task Op9ResumableResumes()
    {
        await Discord.Faults.SendInvalidSessionAsync(resumable: true);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount == 1 && Discord.IsReady, Wait);

        Assert.Equal(1, Discord.IdentifyCount);
    }

    [Fact]
    public async Task DroppedSocketResumes()
    {
        await Discord.Faults.DropConnectionAsync();
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount == 1 && Discord.IsReady, Wait);

        Assert.Equal(1, Discord.IdentifyCount);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4008, true)]
    [InlineData(4009, false)]
    public async Task CloseCodes_ResumeOrStartANewSession(int code, bool resumes)
    {
        await Discord.Faults.CloseGatewayAsync(code);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.Connections.Count == 2 && Discord.IsReady, Wait);

        Assert.Equal(resumes ? (1, 0) : (0, 1), (Discord.ResumeCount, Discord.IdentifyCount - 1));
        Assert.Equal(resumes ? "/gateway-resume" : "/gateway", Discord.Connections[1].Path);
    }

    [Fact]
    public async Task FailingHandlers_AreLoggedAndNeverFatal()
    {
        Bot.Dispatches.ThrowOn = "BOOM";
        Bot.Interactions.Answer = (_, _) => throw new InvalidOperationException("interaction handler failure for the test");
        var guild = Discord.CreateGuild("Dojo");

        Discord.SendDispatch("BOOM", new { });
        _ = Discord.SendSlashCommandAsync(Discord.CreateMember(guild, "alice"), Discord.CreateTextChannel(guild, "c"), "score"); // never answered
        Discord.SendDispatch("AFTER", new { });

        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "AFTER"), "the dispatch after the failures");
        await Support.Eventually.TrueAsync(() => Failures() == 2, "both handler failures logged");
        Assert.Single(Discord.Connections);
        Assert.Equal(2, Failures());

        int Failures() => Bot.Logs.Lines.Count(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("failed on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownDispatchTypes_AreHandedOn()
    {
        Discord.SendDispatch("BRAND_NEW_EVENT", new { whatever = new[] { 1, 2 } });

        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "BRAND_NEW_EVENT"), "the unknown dispatch");
        Assert.Single(Discord.Connections);
    }
}
