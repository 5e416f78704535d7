using System.Text.Json;
using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// The gateway against the fake Discord over real sockets: identify and ready; heartbeat cadence (jittered
/// first beat, then every interval, op 1 answered at once, never delayed by a slow handler); zombie detected
/// and resumed; op 7 resumed with the missed events replayed and none handled twice (op 9 false: see
/// <see cref="InvalidSessionScenarioTests"/>); op 9 true resumes; resumable vs new-session closes; a dropped socket resumes; unknown dispatch types pass
/// through; failing handlers are logged, never fatal.
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
    public async Task HeartbeatCadence()
    {
        await FakeDiscordServer.WaitUntilAsync(() => Frames(1).Count >= 8, Wait);

        var opened = Discord.Connections[0].OpenedAt;
        var beats = Frames(1).Take(8).Select(f => f.Timestamp).ToList();
        var gaps = beats.Zip(beats.Skip(1), (a, b) => b - a).Order().ToList();

        // First beat after interval * random[0,1); then every interval. Bounds that a busy CI machine cannot
        // break: a beat is never early (min gap), and the typical gap (median) is the interval.
        Assert.InRange(beats[0] - opened, TimeSpan.Zero, TimeSpan.FromMilliseconds(200 + 300));
        Assert.True(gaps[0] >= TimeSpan.FromMilliseconds(180), $"shortest gap {gaps[0]}");
        Assert.InRange(gaps[gaps.Count / 2], TimeSpan.FromMilliseconds(180), TimeSpan.FromMilliseconds(260));
        Assert.Equal(JsonValueKind.Number, Frames(1)[0].D.ValueKind); // the last sequence, READY's at least

        var asked = TimeProvider.System.GetUtcNow();
        await Discord.Faults.RequestHeartbeatAsync();
        var answer = await Discord.WaitForFrameAsync(f => f.Op == 1 && f.Timestamp > asked, Wait);
        Assert.True(answer.Timestamp - asked < TimeSpan.FromMilliseconds(180), "op 1 is answered at once, not at the next beat");
    }

    [Fact]
    public async Task SlowHandlerNeverDelaysHeartbeats()
    {
        Bot.Dispatches.HoldType = "SLOW_THING"; // the dispatch handler is stuck on it until the end of the test
        Discord.SendDispatch("SLOW_THING", new { n = 1 });
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "SLOW_THING"), "the handler to start");

        var from = TimeProvider.System.GetUtcNow();
        await FakeDiscordServer.WaitUntilAsync(() => Frames(1).Count(f => f.Timestamp > from) >= 8, Wait);
        var interaction = await Discord.SendSlashCommandAsync(Discord.CreateMember(Discord.CreateGuild("g"), "alice"), null, "score");
        Bot.Dispatches.Hold.SetResult();

        Assert.Single(Discord.Connections); // heartbeats were acknowledged all along: no zombie, no reconnect
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Contains("zombie", StringComparison.Ordinal));
        Assert.Single(Bot.Interactions.Seen, i => i.Id == interaction.InteractionId); // interactions do not queue behind it
    }

    [Fact]
    public async Task ZombieDetectedAndResumed()
    {
        Discord.Faults.StopHeartbeatAcks();
        await FakeDiscordServer.WaitUntilAsync(() => Discord.Connections[0].ClientCloseCode is not null, Wait);
        Discord.Faults.StopHeartbeatAcks(false);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount == 1 && Discord.IsReady, Wait);

        Assert.Equal(4000, Discord.Connections[0].ClientCloseCode);
        Assert.Equal(("/gateway-resume", "?v=10&encoding=json"), (Discord.Connections[1].Path, Discord.Connections[1].Query));
        Assert.Equal(1, Discord.IdentifyCount);
        Assert.Equal((await Bot.Gateway.Ready).SessionId, Frames(6).Single().D.GetProperty("session_id").GetString());
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "RESUMED"), "RESUMED");
        Assert.True(Bot.Logs.Contains("zombie"));
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
        await Discord.SendSlashCommandAsync(Discord.CreateMember(guild, "alice"), Discord.CreateTextChannel(guild, "c"), "score");
        Discord.SendDispatch("AFTER", new { });

        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "AFTER"), "the dispatch after the failures");
        Assert.Equal(2, Bot.Logs.Lines.Count(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("failed on", StringComparison.Ordinal)));
        Assert.Single(Discord.Connections);
    }

    [Fact]
    public async Task UnknownDispatchTypes_AreHandedOn()
    {
        Discord.SendDispatch("BRAND_NEW_EVENT", new { whatever = new[] { 1, 2 } });

        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "BRAND_NEW_EVENT"), "the unknown dispatch");
        Assert.Single(Discord.Connections);
    }
}
