namespace Drills.Discord;

/// <summary><c>session_start_limit</c> of <c>GET /gateway/bot</c>: Identifies left and when they reset (ms).</summary>
public sealed class SessionStartLimit
{
    public int Total { get; set; }
    public int Remaining { get; set; }
    public long ResetAfter { get; set; }
    public int MaxConcurrency { get; set; } = 1;
}
