using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;
using Drills.Bot.Redo;

namespace Drills.Bot.Answers;

/// <summary>
/// What became of an answer, from any source: recorded (with the check, and where the drill now stands on the redo
/// list, how sure they said they were, the drill a variant stood in for), or refused (with what the member needs to
/// know: their locked prediction, when the redo is next due).
/// </summary>
public sealed record AnswerOutcome(AnswerStatus Status, Drill? Drill = null, string? Text = null, CheckResult? Result = null,
    DateTimeOffset? RedoDue = null, bool Mastered = false, string? Problem = null)
{
    public Confidence? Confidence { get; init; }

    /// <summary>The drill whose redo item a variant answer moved, when a variant was served.</summary>
    public Drill? VariantFor { get; init; }

    /// <summary>Unscored practice: the reply says so.</summary>
    public bool Practice { get; init; }
}
