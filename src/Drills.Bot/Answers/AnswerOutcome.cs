using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Answers;

/// <summary>
/// What became of an answer, from any source: recorded (with the check, and where the drill now stands on the redo
/// list), or refused (with what the member needs to know: their locked prediction, when the redo is next due).
/// </summary>
public sealed record AnswerOutcome(AnswerStatus Status, Drill? Drill = null, string? Text = null, CheckResult? Result = null,
    DateTimeOffset? RedoDue = null, bool Mastered = false, string? Problem = null);
