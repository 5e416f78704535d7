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

        var gatewayLog = string.Join("\n", Bot.Logs.Lines.Where(l => l.Contains("Gateway", StringComparison.Ordinal)));
        Assert.True(Discord.Connections[0].ClientCloseCode == 4000, $"connection 0 closed with {Discord.Connections[0].ClientCloseCode}:\n{gatewayLog}");
        Assert.True(Bot.Logs.Contains("(zombie connection); reconnecting (resume) in 0 s"), gatewayLog);
    }
}
