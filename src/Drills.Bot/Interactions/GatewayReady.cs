using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>Waiting for READY from the bot's services: a fatal gateway close (bad token) is reported once, by the host, not by each waiter.</summary>
internal static class GatewayReady
{
    /// <summary>The READY info, or null when the gateway stopped for good.</summary>
    public static async Task<ReadyInfo?> WaitAsync(GatewayClient gateway, CancellationToken ct)
    {
        try
        {
            return await gateway.Ready.WaitAsync(ct);
        }
        catch (DiscordFatalGatewayException)
        {
            return null;
        }
    }
}
