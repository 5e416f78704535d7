using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// A zombie connection (no heartbeat ACK) is closed and resumed at once, as Discord asks, not after the
/// reconnect backoff.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class ZombieScenarioTests : ScenarioBase
{
    [Fact]
    public async Task Zombie_IsResumedAtOnce()
    {
        Discord.Faults.StopHeartbeatAcks();
        await FakeDiscordServer.WaitUntilAsync(() => Discord.Connections[0].ClientCloseCode is not null, Wait);
        Discord.Faults.StopHeartbeatAcks(false);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ResumeCount >= 1 && Discord.IsReady, Wait);

        Assert.Equal(4000, Discord.Connections[0].ClientCloseCode);
        Assert.Contains(Bot.Logs.Lines, l => l.Contains("(zombie connection); reconnecting (resume) in 0 s", StringComparison.Ordinal));
    }
}
