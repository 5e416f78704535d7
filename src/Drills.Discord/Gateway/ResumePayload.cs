namespace Drills.Discord;

/// <summary>Resume (op 6) <c>d</c>: <c>{token, session_id, seq}</c>. Holds the token: never logged.</summary>
internal sealed class ResumePayload
{
    public string Token { get; init; } = "";
    public string SessionId { get; init; } = "";
    public long Seq { get; init; }
}
