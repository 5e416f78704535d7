namespace Drills.Discord;

/// <summary>Gateway opcodes, with their direction (docs/discord.md "Opcodes").</summary>
internal enum GatewayOpCode
{
    /// <summary>Receive: an event (<c>t</c>, <c>d</c>, <c>s</c>).</summary>
    Dispatch = 0,

    /// <summary>Send: keep-alive with the last sequence. Receive: the server asks for one at once.</summary>
    Heartbeat = 1,

    /// <summary>Send: start a new session.</summary>
    Identify = 2,

    /// <summary>Send: update the bot's presence (unused).</summary>
    PresenceUpdate = 3,

    /// <summary>Send: continue a dropped session (missed events are replayed).</summary>
    Resume = 6,

    /// <summary>Receive: reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>Receive: the session is invalid; <c>d</c> says whether it may be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Receive: first frame, with <c>heartbeat_interval</c> (ms).</summary>
    Hello = 10,

    /// <summary>Receive: the last heartbeat was acknowledged.</summary>
    HeartbeatAck = 11,
}
