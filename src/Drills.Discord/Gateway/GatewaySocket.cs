using System.Net.WebSockets;
using System.Text.Json;

namespace Drills.Discord;

/// <summary>
/// The WebSocket of one gateway connection: JSON text frames, no compression (docs/discord.md "Gateway").
/// Receiving reads to <c>EndOfMessage</c> (a message may span frames); sending is serialized, kept under
/// the per-connection send limit and refuses payloads over 4096 bytes (Discord closes with 4002).
/// </summary>
internal sealed class GatewaySocket(TimeProvider time, DiscordOptions options) : IDisposable
{
    public const int MaxSendBytes = 4096;
    private const int BufferSize = 16 * 1024;

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly SlidingWindowLimiter limiter = SendLimits.Gateway(time, options);
    private byte[] buffer = new byte[BufferSize];

    public WebSocketState State => socket.State;

    public async Task ConnectAsync(Uri uri, CancellationToken ct)
    {
        socket.Options.SetRequestHeader("User-Agent", RestRequestSender.UserAgent);
        await socket.ConnectAsync(uri, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The next whole message; a close frame yields its code (1006 when the socket just dropped). The frame's bytes
    /// are the socket's own buffer, valid until the next receive: whoever keeps part of it copies that part once
    /// (<see cref="GatewayFrameReader"/> copies <c>d</c>). A message larger than the buffer grows it, and the next
    /// receive starts again from the usual size.
    /// </summary>
    public async Task<GatewayFrame> ReceiveAsync(CancellationToken ct)
    {
        if (buffer.Length > BufferSize)
        {
            buffer = new byte[BufferSize];
        }

        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int?)socket.CloseStatus ?? 1006;
                await CloseAsync(code is 1005 or 1006 or 1015 ? 1000 : code, "").ConfigureAwait(false); // echo: completes the closing handshake
                return new GatewayFrame(default, code, socket.CloseStatusDescription);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return new GatewayFrame(buffer.AsMemory(0, length));
            }
        }
    }

    public async Task SendAsync(GatewayCommand command, CancellationToken ct)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, DiscordJson.Options);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"Gateway op {(int)command.Op} payload is {bytes.Length} bytes; Discord allows {MaxSendBytes}.");
        }

        await limiter.WaitAsync(ct).ConfigureAwait(false);
        await sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends a close frame (bounded wait) without waiting for the server's reply.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
        try
        {
            await sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or ArgumentException or InvalidOperationException)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        sendLock.Dispose();
    }
}
