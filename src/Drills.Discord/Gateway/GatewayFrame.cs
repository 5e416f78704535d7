namespace Drills.Discord;

/// <summary>One received message: its JSON text (the socket's buffer: valid until the next receive), or the
/// close code/reason when the server closed.</summary>
internal sealed record GatewayFrame(ReadOnlyMemory<byte> Json, int? CloseCode = null, string? CloseReason = null)
{
    public bool IsClose => CloseCode is not null;
}
