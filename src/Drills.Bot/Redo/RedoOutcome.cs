using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Redo;

/// <summary>What became of a redo answer.</summary>
public sealed record RedoOutcome(RedoStatus Status, Drill? Drill = null, CheckResult? Result = null, DateTimeOffset? NextDue = null,
    bool Mastered = false, string? Problem = null, string? Text = null);

public enum RedoStatus
{
    Recorded,
    NotDue,
    NotFound,
    Invalid,
    DrillRemoved,
}
