using System.Text.Json.Nodes;

namespace Drills.FakeDiscord.Gateway;

/// <summary>
/// A gateway session (one per Identify): its sequence counter and the dispatches sent in it, kept so
/// a Resume can replay what the client missed (Discord: "missed events are replayed, then RESUMED").
/// </summary>
internal sealed class GatewaySession(string id, int shardId, int shardCount, long intents)
{
    private const int MaxLog = 20_000;
    private readonly Lock _gate = new();
    private readonly List<(int Seq, string Json)> _log = [];
    private int _seq;
    private GatewayConnection? _connection;

    public string Id => id;

    public int ShardId => shardId;

    public int ShardCount => shardCount;

    public long Intents => intents;

    /// <summary>False after op 9 d=false or a session-ending close: Resume is then refused.</summary>
    public bool Resumable { get; set; } = true;

    public int Sequence
    {
        get
        {
            lock (_gate)
            {
                return _seq;
            }
        }
    }

    public GatewayConnection? Connection
    {
        get
        {
            lock (_gate)
            {
                return _connection;
            }
        }
    }

    /// <summary>Assigns the next sequence number, logs the dispatch and sends it if a client is attached.</summary>
    public void Dispatch(string type, JsonNode? data)
    {
        lock (_gate)
        {
            var seq = ++_seq;
            var json = new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = seq, ["d"] = data }.ToJsonString();
            _log.Add((seq, json));
            if (_log.Count > MaxLog)
            {
                _log.RemoveRange(0, _log.Count - MaxLog);
            }

            _connection?.Send(json);
        }
    }

    /// <summary>Attaches a fresh connection (after Identify; nothing to replay).</summary>
    public void Attach(GatewayConnection connection)
    {
        lock (_gate)
        {
            _connection = connection;
        }
    }

    /// <summary>Resume: replays dispatches after <paramref name="lastSeq"/>, then RESUMED; false if seq is invalid.</summary>
    public bool Resume(GatewayConnection connection, int lastSeq)
    {
        lock (_gate)
        {
            if (lastSeq > _seq || (_log.Count > 0 && lastSeq < _log[0].Seq - 1))
            {
                return false;
            }

            _connection = connection;
            foreach (var (seq, json) in _log)
            {
                if (seq > lastSeq)
                {
                    connection.Send(json);
                }
            }
        }

        Dispatch("RESUMED", new JsonObject());
        return true;
    }

    public void Detach(GatewayConnection connection)
    {
        lock (_gate)
        {
            if (_connection == connection)
            {
                _connection = null;
            }
        }
    }
}
