namespace Drills.Discord;

/// <summary>
/// What a close code means (docs/discord.md "Close codes"). Reconnect and resume: 4000, 4001, 4002, 4003,
/// 4005, 4008 (and anything unknown, e.g. 1006 for a dropped socket). Reconnect with a new session: 4007,
/// 4009. Fatal, never retried: 4004, 4010-4014.
/// </summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code we close with to reconnect: anything but 1000/1001, which would end the session.</summary>
    public const int ReconnectClose = 4000;

    /// <summary>The code we close with when the bot stops: it ends the session on Discord's side.</summary>
    public const int EndSession = 1000;

    /// <summary>Discord's answer to a bad token (also what a 401 from <c>GET /gateway/bot</c> is reported as).</summary>
    public const int AuthenticationFailed = 4004;

    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= 4010 and <= 4014);

    public static bool RequiresNewSession(int code) => code is 4007 or 4009;

    public static string Describe(int code) => code switch
    {
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: the token is invalid; check Discord:Token",
        4005 => "already authenticated",
        4007 => "invalid seq",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard; check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required; set Discord:ShardId and Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents; check Discord:Intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this bot; check Discord:Intents",
        _ => "connection closed",
    };
}
