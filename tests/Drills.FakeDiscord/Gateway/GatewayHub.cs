using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.Recording;
using Drills.FakeDiscord.State;
using Microsoft.AspNetCore.Http;

namespace Drills.FakeDiscord.Gateway;

/// <summary>
/// Gateway v10 server side: Hello, Identify/Resume, heartbeats, dispatch routing by shard, and the
/// limits Discord enforces (4002 oversize/undecodable, 4008 rate limit, 4004 bad token, ...).
/// </summary>
internal sealed partial class GatewayHub(FakeDiscordOptions options, FakeState state, Recorder recorder, FakeUser bot, ulong applicationId)
{
    private readonly Lock _gate = new();
    private readonly List<GatewayConnection> _connections = [];
    private readonly Dictionary<int, GatewaySession> _sessionByShard = [];
    private readonly Dictionary<string, GatewaySession> _sessions = [];
    private readonly Dictionary<int, DateTimeOffset> _lastIdentifyByBucket = [];
    private int _identifies;
    private int _identifiesRefused;
    private int _resumes;
    private volatile bool _heartbeatAcksStopped;

    /// <summary>Base of <c>resume_gateway_url</c>, set once the port is known.</summary>
    public string ResumeUrl { get; set; } = string.Empty;

    public int IdentifyCount => Volatile.Read(ref _identifies);

    public int ResumeCount => Volatile.Read(ref _resumes);

    /// <summary>Identifies refused (op 9 d=false) for coming within 5 s of another of their bucket.</summary>
    public int IdentifiesRefused
    {
        get
        {
            lock (_gate)
            {
                return _identifiesRefused;
            }
        }
    }

    public bool HeartbeatAcksStopped
    {
        get => _heartbeatAcksStopped;
        set => _heartbeatAcksStopped = value;
    }

    public IReadOnlyList<GatewayConnectionInfo> Connections
    {
        get
        {
            lock (_gate)
            {
                return _connections.Select(c => c.Info).ToArray();
            }
        }
    }

    /// <summary>Open connections (for fault injection).</summary>
    public IReadOnlyList<GatewayConnection> OpenConnections
    {
        get
        {
            lock (_gate)
            {
                return _connections.Where(c => c.IsOpen).ToArray();
            }
        }
    }

    public bool HasReadySession => OpenConnections.Any(c => c.Info.IsReady);

    /// <summary>The shards (ids) with a READY or RESUMED session on an open connection.</summary>
    public IReadOnlyList<int> ReadyShards => OpenConnections.Where(c => c.Info.IsReady && c.Session is not null)
        .Select(c => c.Session!.ShardId).Distinct().Order().ToArray();

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        var query = http.Request.QueryString.Value ?? string.Empty;
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        GatewayConnection connection;
        lock (_gate)
        {
            var info = new GatewayConnectionInfo(_connections.Count, http.Request.Path, query, recorder.Time.GetUtcNow());
            connection = new GatewayConnection(socket, http, info, recorder.Time);
            _connections.Add(connection);
        }

        CheckQuery(connection, http.Request.Query);
        connection.Send(new JsonObject
        {
            ["op"] = 10, ["s"] = null, ["t"] = null,
            ["d"] = new JsonObject { ["heartbeat_interval"] = (int)options.HeartbeatInterval.TotalMilliseconds },
        }.ToJsonString());

        await connection.RunAsync(options.GatewayMaxMessageBytes, text => OnMessageAsync(connection, text), http.RequestAborted).ConfigureAwait(false);
        OnClosed(connection);
    }

    /// <summary>
    /// Sends a dispatch to the session of the shard that owns <paramref name="guildId"/> (DMs: shard 0),
    /// unless the session lacks <paramref name="intent"/> (e.g. GUILDS = 1 for GUILD_CREATE).
    /// </summary>
    public bool Dispatch(string type, JsonNode? data, ulong? guildId, long intent = 0)
    {
        GatewaySession? session;
        lock (_gate)
        {
            session = _sessionByShard.Values.FirstOrDefault(s =>
                s.ShardId == (guildId is { } g ? (int)((g >> 22) % (ulong)Math.Max(1, s.ShardCount)) : 0));
        }

        if (session is not null && (intent == 0 || (session.Intents & intent) != 0))
        {
            session.Dispatch(type, data);
        }

        return session is not null;
    }

    /// <summary>Ends the session: it can no longer be resumed (op 9 d=false, 4007/4009, client close 1000/1001).</summary>
    public void Invalidate(GatewaySession session)
    {
        lock (_gate)
        {
            session.Resumable = false;
            _sessions.Remove(session.Id);
            if (_sessionByShard.TryGetValue(session.ShardId, out var current) && current == session)
            {
                _sessionByShard.Remove(session.ShardId);
            }
        }
    }

    private void CheckQuery(GatewayConnection connection, IQueryCollection query)
    {
        // docs/discord.md "Gateway": connect (and resume) with ?v=10&encoding=json; a resume URL missing it is a known bug.
        if (query["v"] != "10" || query["encoding"] != "json")
        {
            recorder.Violation("WS", connection.Info.Path, $"gateway URL query must carry v=10&encoding=json, got '{connection.Info.Query}'");
        }

        if (query.ContainsKey("v") && query["v"] != "10")
        {
            connection.Close(4012, "Invalid API version.");
        }
    }

    private void OnClosed(GatewayConnection connection)
    {
        var session = connection.Session;
        if (session is null)
        {
            return;
        }

        session.Detach(connection);
        if (connection.Info.ClientCloseCode is 1000 or 1001
            || connection.Info.ServerCloseCode is 4004 or 4007 or 4009 or (>= 4010 and <= 4014))
        {
            Invalidate(session);
        }
    }

    private Task OnMessageAsync(GatewayConnection connection, string? text)
    {
        var now = recorder.Time.GetUtcNow();
        if (text is null)
        {
            recorder.Frames.Add(new GatewayFrame(connection.Info.Index, -1, default, string.Empty, now));
            recorder.Violation("WS", connection.Info.Path, $"sent a gateway message over {options.GatewayMaxMessageBytes} bytes");
            connection.Close(4002, "Decode error.");
            return Task.CompletedTask;
        }

        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(text);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            recorder.Frames.Add(new GatewayFrame(connection.Info.Index, -1, default, text, now));
            connection.Close(4002, "Decode error.");
            return Task.CompletedTask;
        }

        var op = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("op", out var o) && o.TryGetInt32(out var v) ? v : -1;
        var d = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("d", out var dd) ? dd : default;
        var frame = new GatewayFrame(connection.Info.Index, op, d, text, now);
        if (!connection.CountReceived(options.GatewaySendLimit, options.GatewaySendWindow))
        {
            recorder.Frames.Add(frame);
            recorder.Violation("WS", connection.Info.Path, $"sent more than {options.GatewaySendLimit} events per {options.GatewaySendWindow.TotalSeconds} s");
            connection.Close(4008, "Rate limited.");
            return Task.CompletedTask;
        }

        // Recorded once answered: a test that sees a heartbeat knows its ACK is queued ahead of anything it sends next.
        Handle(connection, op, d);
        recorder.Frames.Add(frame);
        return Task.CompletedTask;
    }
}
