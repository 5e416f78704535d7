using System.Text.Json;
using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Heartbeats on a fake clock shared by the client and the fake (Discord's real interval, 41.25 s; the jitter
/// draw fixed at 0.2): the first beat exactly interval x jitter after Hello, then exactly every interval, each
/// carrying the last sequence; a server op 1 answered with no time passing; a stuck dispatch handler never
/// holds a beat or an ACK back; a missing ACK is a zombie: closed with 4000 and resumed at once, with no backoff.
/// (docs/discord.md "Heartbeats".)
/// </summary>
public sealed class HeartbeatScenarioTests : ScenarioBase
{
    protected override bool OnFakeClock => true;

    private TestClock Time => Clock!;

    private TimeSpan Interval => Discord.Options.HeartbeatInterval;

    [Fact]
    public async Task FirstBeatAfterTheJitter_ThenEveryInterval_EachWithTheLastSequence()
    {
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "READY"), "READY handled");
        var hello = Discord.Connections[0].OpenedAt;
        var due = (await Time.WaitForTimerAsync(Interval * Jitter, "the first heartbeat")).DueAt;
        Assert.Equal(hello + TimeSpan.FromMilliseconds(8250), due);

        for (var n = 1; n <= 3; n++)
        {
            Assert.Equal(2 * (n - 1), Frames(1).Count); // time has not reached the beat: the client cannot have sent it
            Time.AdvanceTo(due);
            var beat = await HeartbeatAsync(2 * n - 1);
            Assert.Equal(due, beat.Timestamp);
            Assert.Equal(Bot.Dispatches.Seen.Max(d => d.Sequence), beat.D.GetInt64());

            // Asked by the server (op 1), the client beats at once: no time passes on the clock.
            await Discord.Faults.RequestHeartbeatAsync();
            Assert.Equal(due, (await HeartbeatAsync(2 * n)).Timestamp);

            // A dispatch moves the sequence on: the next beat must carry it.
            Discord.SendDispatch("MARK", new { n });
            await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "MARK" && x.Data.GetProperty("n").GetInt32() == n), "the marker");
            due = (await Time.WaitForTimerAsync(Interval, $"heartbeat {n + 1}")).DueAt;
            Assert.Equal(beat.Timestamp + Interval, due);
        }

        Assert.Single(Discord.Connections);
    }

    [Fact]
    public async Task StuckDispatchHandler_NeverHoldsBackBeatsOrAcks()
    {
        Bot.Dispatches.HoldType = "SLOW_THING"; // the dispatch handler is stuck on it until the end of the test
        Discord.SendDispatch("SLOW_THING", new { n = 1 });
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "SLOW_THING"), "the handler to start");

        var due = (await Time.WaitForTimerAsync(Interval * Jitter, "the first heartbeat")).DueAt;
        for (var n = 1; n <= 4; n++)
        {
            Time.AdvanceTo(due);
            await HeartbeatAsync(2 * n - 1);

            // The receive loop still answers at once, so it has also read this beat's ACK (sent before).
            await Discord.Faults.RequestHeartbeatAsync();
            await HeartbeatAsync(2 * n);
            due = (await Time.WaitForTimerAsync(Interval, $"heartbeat {n + 1}")).DueAt;
        }

        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(i, InteractionResponse.Message("pong"), ct);
        var interaction = await Discord.SendSlashCommandAsync(Discord.CreateMember(Discord.CreateGuild("g"), "alice"), null, "score");
        Bot.Dispatches.Hold.SetResult();

        Assert.Equal(204, interaction.Status); // interactions do not queue behind the stuck handler

        Assert.Single(Discord.Connections); // every beat acknowledged in time: no zombie, no reconnect
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Contains("zombie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingAck_IsAZombie_ClosedWith4000_AndResumedAtOnce()
    {
        Discord.Faults.StopHeartbeatAcks();
        var due = (await Time.WaitForTimerAsync(Interval * Jitter, "the first heartbeat")).DueAt;
        Time.AdvanceTo(due);
        await HeartbeatAsync(1);
        due = (await Time.WaitForTimerAsync(Interval, "the second heartbeat")).DueAt;
        Assert.Null(Discord.Connections[0].ClientCloseCode);

        // The second beat finds the first unacknowledged: close with 4000 (not 1000: that would end the session).
        Time.AdvanceTo(due);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.Connections[0].ClientCloseCode is not null, Wait);
        Assert.Equal(4000, Discord.Connections[0].ClientCloseCode);
        Assert.Single(Frames(1)); // the zombie check replaces the second beat
        Discord.Faults.StopHeartbeatAcks(false);

        // Resumed at once, not after the reconnect backoff: the clock stands still at the zombie check, and the
        // new connection opens at that very instant.
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount == 1 && Discord.IsReady, Wait);
        Assert.Equal(("/gateway-resume", "?v=10&encoding=json"), (Discord.Connections[1].Path, Discord.Connections[1].Query));
        Assert.Equal(due, Discord.Connections[1].OpenedAt);
        Assert.Equal(1, Discord.IdentifyCount);
        Assert.Equal((await Bot.Gateway.Ready).SessionId, Frames(6).Single().D.GetProperty("session_id").GetString());
        await Bot.Dispatches.WaitForAsync(d => d.Any(x => x.Type == "RESUMED"), "RESUMED");
        Assert.Contains(Bot.Logs.Lines, l => l.Contains("(zombie connection); reconnecting (resume) in 0 s", StringComparison.Ordinal));
    }

    /// <summary>The <paramref name="n"/>-th heartbeat the fake received (1-based), once it has it.</summary>
    private async Task<FakeDiscord.GatewayFrame> HeartbeatAsync(int n)
    {
        await FakeDiscordServer.WaitUntilAsync(() => Frames(1).Count >= n, Wait, $"heartbeat frame {n}");
        var beat = Frames(1)[n - 1];
        Assert.Equal(JsonValueKind.Number, beat.D.ValueKind);
        return beat;
    }
}
