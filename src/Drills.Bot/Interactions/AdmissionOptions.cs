namespace Drills.Bot.Interactions;

/// <summary>
/// The <c>Interactions</c> section: how much interaction work runs at once and how long one may wait for its turn.
/// Discord drops an interaction not answered within 3 s (10062), so a member is better served by an honest
/// "busy" at once than by an answer that arrives after the deadline.
/// </summary>
public sealed class AdmissionOptions
{
    public const string SectionName = "Interactions";

    /// <summary>Interactions handled at the same time; the rest wait in arrival order.</summary>
    public int MaxConcurrent { get; set; } = 16;

    /// <summary>Interactions that may wait for a turn; one more is answered "busy" at once.</summary>
    public int MaxWaiting { get; set; } = 256;

    /// <summary>
    /// How long an interaction may wait from its receipt before work on it starts. Past this it is answered
    /// "busy": what is left of the 3 s is kept for the work and the reply.
    /// </summary>
    public TimeSpan WaitBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long after its receipt an interaction still being worked on is deferred (an ephemeral "thinking" reply,
    /// completed by editing it when the work is done), so that slow work never lets the 3 s pass unanswered.
    /// </summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromMilliseconds(2200);

    public static string? Problem(AdmissionOptions o) =>
        o.MaxConcurrent < 1 ? "Interactions:MaxConcurrent must be at least 1."
        : o.MaxWaiting < 0 ? "Interactions:MaxWaiting must be 0 or more."
        : o.WaitBudget <= TimeSpan.Zero || o.WaitBudget >= TimeSpan.FromSeconds(3) ? "Interactions:WaitBudget must be above 0 and below 00:00:03 (Discord's deadline)."
        : o.DeferAfter <= TimeSpan.Zero || o.DeferAfter >= TimeSpan.FromSeconds(3) ? "Interactions:DeferAfter must be above 0 and below 00:00:03 (Discord's deadline)."
        : null;
}
