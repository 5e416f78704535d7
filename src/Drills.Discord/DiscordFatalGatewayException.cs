namespace Drills.Discord;

/// <summary>
/// The gateway closed with a code that must never be retried (docs/discord.md "Close codes": 4004 bad token,
/// 4010 invalid shard, 4011 sharding required, 4012 bad version, 4013 invalid intents, 4014 disallowed
/// intents). The gateway stops the host when this happens; <see cref="GatewayClient.Ready"/> faults with it.
/// </summary>
public sealed class DiscordFatalGatewayException : Exception
{
    public DiscordFatalGatewayException(int closeCode, string reason)
        : base($"Discord gateway fatal error {closeCode}: {reason}")
    {
        CloseCode = closeCode;
    }

    public DiscordFatalGatewayException()
        : this(0, "unknown")
    {
    }

    public DiscordFatalGatewayException(string message)
        : base(message)
    {
    }

    public DiscordFatalGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int CloseCode { get; }
}
