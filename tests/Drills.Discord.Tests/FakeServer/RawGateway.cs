using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>A bare ClientWebSocket speaking JSON to the fake gateway (no client code involved).</summary>
internal sealed class RawGateway : IAsyncDisposable
{
    /// <summary>A bound on waiting for something the server will send: generous, a busy machine is slow, not wrong.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ClientWebSocket _socket = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<RawGateway> ConnectAsync(FakeDiscordServer server, string? url = null, string query = "?v=10&encoding=json")
    {
        var gateway = new RawGateway();
        await gateway._socket.ConnectAsync(new Uri((url ?? server.GatewayUrl) + query), CancellationToken.None);
        return gateway;
    }

    /// <summary>Connects, reads Hello, identifies and returns READY's <c>d</c>.</summary>
    public static async Task<(RawGateway Gateway, JsonElement Ready)> IdentifyAsync(FakeDiscordServer server, int intents = 1, int[]? shard = null)
    {
        var gateway = await ConnectAsync(server);
        await gateway.ReceiveAsync(); // Hello
        var properties = new { os = "linux", browser = "t", device = "t" };
        await gateway.SendAsync(shard is null
            ? new { op = 2, d = (object)new { token = server.Token, intents, properties } }
            : new { op = 2, d = (object)new { token = server.Token, intents, properties, shard } });
        var ready = await gateway.ReceiveDispatchAsync("READY");
        return (gateway, ready.GetProperty("d"));
    }

    public Task SendAsync(object payload) => SendTextAsync(JsonSerializer.Serialize(payload));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends one message split over several WebSocket frames.</summary>
    public async Task SendFragmentedAsync(string text, int pieces)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = (bytes.Length + pieces - 1) / pieces;
        for (var i = 0; i < bytes.Length; i += size)
        {
            var end = Math.Min(bytes.Length, i + size);
            await _socket.SendAsync(bytes.AsMemory(i, end - i), WebSocketMessageType.Text, end == bytes.Length, CancellationToken.None);
        }
    }

    /// <summary>The next message, or Undefined once the server closed the socket.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return default;
            }

            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
            }
        }
    }

    public async Task<JsonElement> ReceiveDispatchAsync(string type)
    {
        while (true)
        {
            var message = await ReceiveAsync();
            if (message.ValueKind == JsonValueKind.Undefined)
            {
                throw new InvalidOperationException($"Socket closed ({CloseStatus}) before {type}.");
            }

            if (message.GetProperty("op").GetInt32() == 0 && message.GetProperty("t").GetString() == type)
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (true)
        {
            try
            {
                if ((await ReceiveAsync()).ValueKind == JsonValueKind.Undefined)
                {
                    return (int?)_socket.CloseStatus;
                }
            }
            catch (WebSocketException)
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Already gone.
            }
        }

        _socket.Dispose();
    }
}
