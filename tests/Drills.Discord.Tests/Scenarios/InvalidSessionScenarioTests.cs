using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Op 9 with d=false: the session is gone, so the client waits a random 1-5 s and Identifies anew at the
/// gateway url (docs/discord.md "Invalid session"). On a fake clock with the random draw fixed at 0.2 the wait
/// is exactly 1 + 4 x 0.2 = 1.8 s. The identify spacing (5 s) is turned off, in the client and the fake, so that wait is what shows.
/// </summary>
public sealed class InvalidSessionScenarioTests : ScenarioBase
{
    protected override bool OnFakeClock => true;

    protected override FakeDiscordOptions FakeOptions => new() { TimeProvider = Clock!, IdentifyInterval = TimeSpan.Zero };

    protected override IDictionary<string, string?> BotSettings => new Dictionary<string, string?> { ["Discord:IdentifyInterval"] = "00:00:00" };

    [Fact]
    public async Task Op9FalseReIdentifies_AfterTheRandomPause()
    {
        var sent = Clock!.Now;
        await Discord.Faults.SendInvalidSessionAsync(resumable: false);

        var pause = await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(1800), "the pause before identifying");
        Assert.Equal(sent + TimeSpan.FromMilliseconds(1800), pause.DueAt);
        Assert.Single(Discord.Connections); // parked in the pause: no new connection before the clock moves
        Clock.AdvanceTo(pause.DueAt);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.IdentifyCount == 2 && Discord.IsReady, Wait);

        Assert.Equal(pause.DueAt, Frames(2)[1].Timestamp);
        Assert.Equal(0, Discord.ResumeCount);
        Assert.Equal("/gateway", Discord.Connections[^1].Path);
        Assert.NotEqual(Discord.Connections[0].SessionId, Discord.Connections[^1].SessionId);
    }
}
