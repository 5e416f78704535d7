using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Stopping the client (SIGTERM, host stop) sends a close frame with 1000 and completes the closing handshake,
/// so Discord ends the session at once instead of keeping it alive until it times out (the fake sees 1000, not a
/// dropped socket); a session closed that way is never resumed: the next start identifies.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class ShutdownScenarioTests : ScenarioBase
{
    [Fact]
    public async Task Stop_Closes1000_AndTheNextStartIdentifies()
    {
        await Bot.Gateway.StopAsync(CancellationToken.None);

        var first = Discord.Connections[0];
        Assert.Equal(1000, first.ClientCloseCode);
        Assert.False(first.Aborted, "the socket was dropped without a closing handshake");

        await Bot.Gateway.StartAsync(CancellationToken.None);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.Connections.Count == 2 && Discord.IsReady, Wait);
        Assert.Equal((2, 0), (Discord.IdentifyCount, Discord.ResumeCount));
        Assert.Equal("/gateway", Discord.Connections[1].Path);
    }

    [Fact]
    public async Task HostStop_Closes1000()
    {
        await Bot.Host.StopAsync(CancellationToken.None);

        await FakeDiscordServer.WaitUntilAsync(() => Discord.Connections[0].ClosedAt is not null, Wait);
        Assert.Equal(1000, Discord.Connections[0].ClientCloseCode);
        Assert.False(Discord.Connections[0].Aborted);
    }
}
