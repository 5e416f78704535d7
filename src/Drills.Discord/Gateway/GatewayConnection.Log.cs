using Microsoft.Extensions.Logging;

namespace Drills.Discord;

/// <summary>Log messages of a gateway connection. None of them carries the token or a payload that does.</summary>
internal sealed partial class GatewayConnection
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway ready: bot user {UserId}, application {ApplicationId}")]
    private partial void LogReady(ulong userId, ulong applicationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    private partial void LogResumed(long? sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Identifying with intents {Intents}")]
    private partial void LogIdentifying(int intents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming the gateway session from sequence {Sequence}")]
    private partial void LogResuming(long? sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK since the previous heartbeat: zombie connection, reconnecting")]
    private partial void LogZombie();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a malformed gateway payload ({Bytes} bytes)")]
    private partial void LogMalformed(int bytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped a replayed dispatch {Type} with sequence {Sequence} (already processed)")]
    private partial void LogDuplicate(string? type, long sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored gateway opcode {Op}")]
    private partial void LogUnknownOp(int op);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a gateway frame received before Hello")]
    private partial void LogUnexpectedBeforeHello();
}
