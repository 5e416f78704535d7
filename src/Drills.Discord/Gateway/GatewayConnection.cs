using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Drills.Discord;

/// <summary>
/// The protocol of one gateway connection (docs/discord.md "Heartbeats", "Identify", "Resume"): wait for
/// Hello, start heartbeating (first beat after <c>interval * random[0,1)</c>, then every interval), Identify
/// or Resume, then read frames until the connection must end. Returns what ended it; the caller decides how
/// to reconnect.
/// </summary>
internal sealed partial class GatewayConnection(
    DiscordOptions options,
    int[]? shard,
    TimeProvider time,
    ILogger logger,
    GatewaySession session,
    DispatchPump pump,
    Action<ReadyInfo> onReady,
    Func<CancellationToken, Task<IDisposable>> waitForIdentifyTurn,
    Func<double> jitter)
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private volatile bool awaitingAck;
    private volatile bool zombie;
    private bool established;

    public async Task<GatewayOutcome> RunAsync(Uri uri, bool resume, CancellationToken stoppingToken)
    {
        using var socket = new GatewaySocket(time, options);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);

        // Receiving is not cancelled by the host stopping: cancelling a WebSocket receive aborts the socket, and a
        // shutdown must send its close frame and read the server's (see CloseAtShutdownAsync).
        using var receiving = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        var heartbeat = Task.CompletedTask;
        var closing = Task.CompletedTask;
        IDisposable? identifyTurn = null;
        try
        {
            if (!resume)
            {
                // Identify spacing is waited out before connecting: an open socket must not sit unidentified.
                identifyTurn = await waitForIdentifyTurn(cts.Token).ConfigureAwait(false);
            }

            await socket.ConnectAsync(uri, cts.Token).ConfigureAwait(false);
            var hello = await ReceiveHelloAsync(socket, cts.Token).ConfigureAwait(false);
            if (hello.Outcome is { } early)
            {
                return early;
            }

            heartbeat = HeartbeatLoopAsync(socket, hello.Interval, cts, receiving);
            await (resume ? SendResumeAsync(socket, cts.Token) : SendIdentifyAsync(socket, cts.Token)).ConfigureAwait(false);
            identifyTurn?.Dispose(); // the next shard of the bucket counts its 5 s from this send
            using var stop = stoppingToken.Register(() => closing = CloseAtShutdownAsync(socket, receiving));
            while (true)
            {
                var frame = await socket.ReceiveAsync(receiving.Token).ConfigureAwait(false);
                if (stoppingToken.IsCancellationRequested)
                {
                    if (frame.IsClose)
                    {
                        return Stopped();
                    }

                    continue; // sent before the server read our close: not handled any more
                }

                if (zombie)
                {
                    return Zombie(); // the server's answer to our close may beat the cancelled receive
                }

                var outcome = frame.IsClose ? Closed(frame.CloseCode!.Value) : await HandleAsync(socket, frame, cts.Token).ConfigureAwait(false);
                if (outcome is not null)
                {
                    return outcome;
                }
            }
        }
        catch (Exception ex) when (stoppingToken.IsCancellationRequested && ex is OperationCanceledException or WebSocketException or IOException)
        {
            await socket.CloseAsync(GatewayCloseCodes.EndSession, "shutting down").ConfigureAwait(false);
            return Stopped();
        }
        catch (Exception ex) when (zombie && ex is OperationCanceledException or WebSocketException)
        {
            return Zombie();
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or HttpRequestException or OperationCanceledException)
        {
            return new GatewayOutcome($"connection lost ({ex.GetType().Name}: {ex.Message})", established);
        }
        finally
        {
            identifyTurn?.Dispose(); // an attempt that failed before its Identify went gives the turn back too
            await cts.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await closing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>
    /// Host stopping: close with 1000, which ends the session on Discord's side (a dropped socket would leave it
    /// alive until it times out), and keep reading until the server's close arrives, or for at most
    /// <see cref="CloseHandshakeTimeout"/>.
    /// </summary>
    private async Task CloseAtShutdownAsync(GatewaySocket socket, CancellationTokenSource receiving)
    {
        receiving.CancelAfter(CloseHandshakeTimeout);
        await socket.CloseAsync(GatewayCloseCodes.EndSession, "shutting down").ConfigureAwait(false);
    }

    private GatewayOutcome Stopped() => new("stopping", established, Stopped: true);

    /// <summary>After closing a zombie connection, reconnect and resume at once (docs/discord.md "Reconnecting").</summary>
    private GatewayOutcome Zombie() =>
        new("no heartbeat ACK since the previous heartbeat (zombie connection)", established, Delay: TimeSpan.Zero);

    private async Task<(TimeSpan Interval, GatewayOutcome? Outcome)> ReceiveHelloAsync(GatewaySocket socket, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        while (true)
        {
            var frame = await socket.ReceiveAsync(linked.Token).ConfigureAwait(false);
            if (frame.IsClose)
            {
                return (default, Closed(frame.CloseCode!.Value));
            }

            if (GatewayFrameReader.TryRead(frame, out var op, out var d, out _, out _) && op == (int)GatewayOpCode.Hello
                && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("heartbeat_interval", out var i) && i.TryGetDouble(out var ms) && ms > 0)
            {
                return (TimeSpan.FromMilliseconds(ms), null);
            }

            LogUnexpectedBeforeHello();
        }
    }

    private async Task<GatewayOutcome?> HandleAsync(GatewaySocket socket, GatewayFrame frame, CancellationToken ct)
    {
        if (!GatewayFrameReader.TryRead(frame, out var op, out var d, out var s, out var t))
        {
            LogMalformed(frame.Json.Length);
            return null;
        }

        switch ((GatewayOpCode)op)
        {
            case GatewayOpCode.Dispatch:
                HandleDispatch(t, d, s);
                return null;
            case GatewayOpCode.Heartbeat:
                await SendHeartbeatAsync(socket, ct).ConfigureAwait(false);
                return null;
            case GatewayOpCode.HeartbeatAck:
                awaitingAck = false;
                return null;
            case GatewayOpCode.Reconnect:
                await socket.CloseAsync(GatewayCloseCodes.ReconnectClose, "reconnect requested").ConfigureAwait(false);
                return new GatewayOutcome("server asked to reconnect (op 7)", established, Delay: TimeSpan.Zero);
            case GatewayOpCode.InvalidSession:
                await socket.CloseAsync(GatewayCloseCodes.ReconnectClose, "invalid session").ConfigureAwait(false);
                return d.ValueKind == JsonValueKind.True
                    ? new GatewayOutcome("invalid session, resumable (op 9)", established, Delay: TimeSpan.Zero)
                    : new GatewayOutcome("invalid session (op 9)", established, NewSession: true, Delay: TimeSpan.FromSeconds(1 + (4 * jitter())));
            default:
                LogUnknownOp(op);
                return null;
        }
    }

    private GatewayOutcome Closed(int code) =>
        GatewayCloseCodes.IsFatal(code) ? new GatewayOutcome($"closed with {code}", established, FatalCode: code)
        : new GatewayOutcome($"closed with {code} ({GatewayCloseCodes.Describe(code)})", established, NewSession: GatewayCloseCodes.RequiresNewSession(code));
}
