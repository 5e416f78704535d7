namespace Drills.Discord;

/// <summary>
/// What survives a reconnect: the session id, the resume url and the last non-null sequence (docs/discord.md
/// "Gateway", "Resume"). Touched only by the gateway loop, one connection at a time.
/// </summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; set; }
    public string? ResumeUrl { get; set; }
    public long? Sequence { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null && Sequence is not null;

    /// <summary>
    /// Records a dispatch's sequence. False when it is not newer than the last one: a replayed event after
    /// a Resume that was already processed (each sequence is processed once). Sequences may start at 0.
    /// </summary>
    public bool TryAdvance(long sequence)
    {
        if (Sequence is { } last && sequence <= last)
        {
            return false;
        }

        Sequence = sequence;
        return true;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
