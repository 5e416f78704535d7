using System.Net.WebSockets;

namespace Drills.Discord;

/// <summary>What a gateway connection sends: heartbeats (op 1), Identify (op 2) and Resume (op 6).</summary>
internal sealed partial class GatewayConnection
{
    private async Task HeartbeatLoopAsync(GatewaySocket socket, TimeSpan interval, CancellationTokenSource cts, CancellationTokenSource receiving)
    {
        var ct = cts.Token;
        try
        {
            await Task.Delay(interval * jitter(), time, ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                if (awaitingAck)
                {
                    // A zombie: no ACK since the previous heartbeat -> close non-1000, resume (docs/discord.md "Heartbeats").
                    zombie = true;
                    LogZombie();
                    await socket.CloseAsync(GatewayCloseCodes.ReconnectClose, "heartbeat not acknowledged").ConfigureAwait(false);
                    await receiving.CancelAsync().ConfigureAwait(false);
                    await cts.CancelAsync().ConfigureAwait(false);
                    return;
                }

                awaitingAck = true;
                await SendHeartbeatAsync(socket, ct).ConfigureAwait(false);
                await Task.Delay(interval, time, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; the receive loop reports why.
        }
    }

    private Task SendHeartbeatAsync(GatewaySocket socket, CancellationToken ct) =>
        socket.SendAsync(new GatewayCommand(GatewayOpCode.Heartbeat, session.Sequence), ct);

    private async Task SendIdentifyAsync(GatewaySocket socket, CancellationToken ct)
    {
        session.Reset();
        var identify = new IdentifyPayload
        {
            Token = options.Token,
            Intents = options.Intents,
            Properties = new IdentifyProperties { Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux" },
            Shard = shard,
        };
        LogIdentifying(options.Intents);
        await socket.SendAsync(new GatewayCommand(GatewayOpCode.Identify, identify), ct).ConfigureAwait(false);
    }

    private async Task SendResumeAsync(GatewaySocket socket, CancellationToken ct)
    {
        LogResuming(session.Sequence);
        var resume = new ResumePayload { Token = options.Token, SessionId = session.SessionId!, Seq = session.Sequence ?? 0 };
        await socket.SendAsync(new GatewayCommand(GatewayOpCode.Resume, resume), ct).ConfigureAwait(false);
    }
}
