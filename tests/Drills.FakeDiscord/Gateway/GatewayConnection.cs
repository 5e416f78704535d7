using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace Drills.FakeDiscord.Gateway;

/// <summary>
/// Transport of one gateway WebSocket: an ordered send queue (dispatches never block the caller),
/// a receive loop that joins multi-frame messages (and flags ones over the size limit), closes and aborts.
/// </summary>
internal sealed class GatewayConnection(WebSocket socket, HttpContext http, GatewayConnectionInfo info, TimeProvider time)
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private readonly Channel<(string? Json, int Code, string? Reason)> _outbound =
        Channel.CreateUnbounded<(string?, int, string?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<long> _receivedAt = new();
    private volatile bool _closing;

    public GatewayConnectionInfo Info => info;

    public GatewaySession? Session { get; set; }

    /// <summary>Set once Identify or Resume succeeded (drives 4003/4005).</summary>
    public bool Authenticated { get; set; }

    public bool IsOpen => !_closing && socket.State == WebSocketState.Open;

    public void Send(string json)
    {
        if (!_closing)
        {
            _outbound.Writer.TryWrite((json, 0, null));
        }
    }

    /// <summary>Queues a close frame after everything already queued.</summary>
    public void Close(int code, string reason)
    {
        if (_closing)
        {
            return;
        }

        _closing = true;
        info.IsReady = false;
        _outbound.Writer.TryWrite((null, code, reason));
    }

    /// <summary>Drops the TCP connection with no close frame.</summary>
    public void Abort()
    {
        _closing = true;
        info.IsReady = false;
        info.Aborted = true;
        AbortTransport();
    }

    /// <summary>Drops the TCP connection; nothing to do when the request has already ended (its context is disposed).</summary>
    private void AbortTransport()
    {
        try
        {
            http.Abort();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Records a received event; false when the client exceeded <paramref name="limit"/> per <paramref name="window"/>.</summary>
    public bool CountReceived(int limit, TimeSpan window)
    {
        var now = time.GetTimestamp();
        while (_receivedAt.Count > 0 && time.GetElapsedTime(_receivedAt.Peek(), now) >= window)
        {
            _receivedAt.Dequeue();
        }

        _receivedAt.Enqueue(now);
        return _receivedAt.Count <= limit;
    }

    /// <summary>Runs until the socket ends. <paramref name="onMessage"/> gets each whole text message (null = too large).</summary>
    public async Task RunAsync(int maxBytes, Func<string?, Task> onMessage, CancellationToken ct)
    {
        var writer = Task.Run(() => WriteLoopAsync(ct), ct);
        try
        {
            await ReadLoopAsync(maxBytes, onMessage, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            info.Aborted |= !_closing && info.ClientCloseCode is null;
        }
        finally
        {
            _closing = true;
            info.IsReady = false;
            info.ClosedAt = time.GetUtcNow();
            _outbound.Writer.TryComplete();
            await writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ReadLoopAsync(int maxBytes, Func<string?, Task> onMessage, CancellationToken ct)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var result = await socket.ReceiveAsync(buffer, ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (info.ServerCloseCode is null)
                {
                    info.ClientCloseCode = (int?)result.CloseStatus;
                    _closing = true;
                    await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, ct).ConfigureAwait(false);
                }

                return;
            }

            if (message.Length <= maxBytes)
            {
                message.Write(buffer, 0, result.Count);
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = message.Length > maxBytes ? null : Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (!_closing)
            {
                await onMessage(text).ConfigureAwait(false);
            }
        }
    }

    private async Task WriteLoopAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var (json, code, reason) in _outbound.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                if (json is not null)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
                    continue;
                }

                info.ServerCloseCode = code;
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, ct).ConfigureAwait(false);
                _ = AbortIfClientSilentAsync();
                return;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The socket is gone; the read loop ends the connection.
        }
    }

    private async Task AbortIfClientSilentAsync()
    {
        // Real time on purpose: a fake clock in a test must not keep a dead socket open.
        await Task.Delay(CloseHandshakeTimeout, TimeProvider.System).ConfigureAwait(false);
        if (socket.State != WebSocketState.Closed)
        {
            AbortTransport();
        }
    }
}
