using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Op 9 with d=false: the session is gone, so the client waits a random 1-5 s (PROTOCOL.md) and Identifies
/// anew at the gateway url. The identify spacing (5 s) is turned off here so the 1-5 s wait is what shows.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class InvalidSessionScenarioTests : ScenarioBase
{
    protected override IDictionary<string, string?> BotSettings => new Dictionary<string, string?> { ["Discord:IdentifyInterval"] = "00:00:00" };

    [Fact]
    public async Task Op9FalseReIdentifies()
    {
        var sent = TimeProvider.System.GetUtcNow();
        await Discord.Faults.SendInvalidSessionAsync(resumable: false);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.IdentifyCount == 2 && Discord.IsReady, Wait);

        var identify = Frames(2)[1];
        Assert.InRange(identify.Timestamp - sent, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5.5));
        Assert.Equal(0, Discord.ResumeCount);
        Assert.Equal("/gateway", Discord.Connections[^1].Path);
        Assert.NotEqual(Discord.Connections[0].SessionId, Discord.Connections[^1].SessionId);
    }
}
