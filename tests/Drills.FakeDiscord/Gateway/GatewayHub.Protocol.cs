using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Gateway;

/// <summary>Opcode handling (docs/discord.md "Opcodes").</summary>
internal sealed partial class GatewayHub
{
    private void Handle(GatewayConnection connection, int op, JsonElement d)
    {
        switch (op)
        {
            case 1:
                // Heartbeat: answer with op 11 unless a test froze the ACKs (zombie connection).
                if (!HeartbeatAcksStopped)
                {
                    connection.Send("""{"op":11,"d":null,"s":null,"t":null}""");
                }

                break;
            case 2:
                Interlocked.Increment(ref _identifies);
                Identify(connection, d);
                break;
            case 6:
                Interlocked.Increment(ref _resumes);
                Resume(connection, d);
                break;
            case 3 or 4 or 8 when connection.Authenticated:
                break;
            case 3 or 4 or 8:
                connection.Close(4003, "Not authenticated.");
                break;
            default:
                connection.Close(4001, "Unknown opcode.");
                break;
        }
    }

    private bool CheckToken(GatewayConnection connection, JsonElement d)
    {
        if (connection.Authenticated)
        {
            connection.Close(4005, "Already authenticated.");
            return false;
        }

        if (d.ValueKind != JsonValueKind.Object || !d.TryGetProperty("token", out var t) || t.ValueKind != JsonValueKind.String)
        {
            connection.Close(4002, "Decode error.");
            return false;
        }

        // The gateway takes the raw token (a "Bot " prefix is tolerated by Discord).
        var token = t.GetString()!;
        if (token != options.Token && token != "Bot " + options.Token)
        {
            connection.Close(4004, "Authentication failed.");
            return false;
        }

        return true;
    }

    private void Identify(GatewayConnection connection, JsonElement d)
    {
        if (!CheckToken(connection, d))
        {
            return;
        }

        if (!d.TryGetProperty("intents", out var i) || !i.TryGetInt64(out var intents))
        {
            connection.Close(4013, "Invalid intent(s).");
            return;
        }

        if (!d.TryGetProperty("properties", out var p) || p.ValueKind != JsonValueKind.Object
            || !p.TryGetProperty("os", out _) || !p.TryGetProperty("browser", out _) || !p.TryGetProperty("device", out _))
        {
            recorder.Violation("WS", connection.Info.Path, "Identify lacks properties{os, browser, device}");
        }

        var (shardId, shardCount) = (0, 1);
        if (d.TryGetProperty("shard", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            if (s.ValueKind != JsonValueKind.Array || s.GetArrayLength() != 2
                || !s[0].TryGetInt32(out shardId) || !s[1].TryGetInt32(out shardCount) || shardId < 0 || shardId >= shardCount)
            {
                connection.Close(4010, "Invalid shard.");
                return;
            }
        }

        var session = new GatewaySession(Guid.NewGuid().ToString("N"), shardId, shardCount, intents);
        lock (_gate)
        {
            // docs/discord.md "Identify": one Identify per 5 s per shard_id % max_concurrency bucket, across all
            // connections of the token. Discord refuses a faster one with op 9 d=false: no session starts.
            var bucket = shardId % Math.Max(1, options.MaxConcurrency);
            var now = recorder.Time.GetUtcNow();
            if (_lastIdentifyByBucket.TryGetValue(bucket, out var last) && now - last < options.IdentifyInterval - options.IdentifyTolerance)
            {
                _identifiesRefused++;
                connection.Send("""{"op":9,"d":false,"s":null,"t":null}""");
                return;
            }

            _lastIdentifyByBucket[bucket] = now;
            _sessions[session.Id] = session;
            _sessionByShard[shardId] = session;
        }

        connection.Session = session;
        connection.Authenticated = true;
        connection.Info.SessionId = session.Id;
        session.Attach(connection);
        session.Dispatch("READY", Ready(session));
        connection.Info.IsReady = true;

        // GUILD_CREATE for each guild of this shard follows READY (needs the GUILDS intent, 1 << 0).
        if ((intents & 1) != 0)
        {
            var now = recorder.Time.GetUtcNow();
            foreach (var guild in state.Guilds.Where(g => (int)((g.Id >> 22) % (ulong)shardCount) == shardId))
            {
                session.Dispatch("GUILD_CREATE", Payloads.GuildCreate(guild, bot, state, now));
            }
        }
    }

    private void Resume(GatewayConnection connection, JsonElement d)
    {
        if (!CheckToken(connection, d))
        {
            return;
        }

        GatewaySession? session = null;
        if (d.TryGetProperty("session_id", out var sid) && sid.ValueKind == JsonValueKind.String)
        {
            lock (_gate)
            {
                session = _sessions.GetValueOrDefault(sid.GetString()!);
            }
        }

        var seq = d.TryGetProperty("seq", out var sq) && sq.TryGetInt32(out var n) ? n : 0;
        if (session is null || !session.Resumable)
        {
            // Discord answers a failed resume with op 9 d=false: the client must Identify anew.
            connection.Send("""{"op":9,"d":false,"s":null,"t":null}""");
            return;
        }

        if (session.Connection is { } old && old != connection)
        {
            old.Close(4000, "Session resumed elsewhere.");
        }

        connection.Session = session;
        connection.Authenticated = true;
        connection.Info.SessionId = session.Id;
        if (!session.Resume(connection, seq))
        {
            connection.Close(4007, "Invalid seq.");
            return;
        }

        connection.Info.IsReady = true;
    }

    private JsonObject Ready(GatewaySession session) => new()
    {
        ["v"] = 10,
        ["user"] = Payloads.User(bot),
        ["guilds"] = new JsonArray(state.Guilds
            .Where(g => (int)((g.Id >> 22) % (ulong)session.ShardCount) == session.ShardId)
            .Select(g => (JsonNode)new JsonObject { ["id"] = Payloads.Id(g.Id), ["unavailable"] = true })
            .ToArray()),
        ["session_id"] = session.Id,
        ["session_type"] = "normal",
        ["resume_gateway_url"] = ResumeUrl,
        ["shard"] = new JsonArray(session.ShardId, session.ShardCount),
        ["application"] = new JsonObject { ["id"] = Payloads.Id(applicationId), ["flags"] = 0 },
        ["private_channels"] = new JsonArray(),
        ["relationships"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["guild_join_requests"] = new JsonArray(),
        ["geo_ordered_rtc_regions"] = new JsonArray(),
        ["user_settings"] = new JsonObject(),
        ["auth"] = new JsonObject(),
        ["_trace"] = new JsonArray("[\"fake-discord\"]"),
    };
}
