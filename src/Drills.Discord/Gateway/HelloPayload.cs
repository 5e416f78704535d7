namespace Drills.Discord;

/// <summary>Hello (op 10) <c>d</c>: the heartbeat interval in milliseconds.</summary>
internal sealed class HelloPayload
{
    public double HeartbeatInterval { get; init; }
}
