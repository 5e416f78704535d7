namespace Drills.Discord;

/// <summary>READY <c>d</c> (the fields the client needs; guilds arrive unavailable and are ignored here).</summary>
internal sealed class ReadyPayload
{
    public string SessionId { get; init; } = "";
    public string? ResumeGatewayUrl { get; init; }
    public ReadyApplication? Application { get; init; }
    public User? User { get; init; }
}
