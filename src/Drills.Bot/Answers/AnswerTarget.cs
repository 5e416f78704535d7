using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Redo;

namespace Drills.Bot.Answers;

/// <summary>
/// What an answer is for: the drill, where it came from (for the review log), the redo item it reviews (null at
/// first sight: a miss then puts the drill on the list) and the daily post it is a locked, scored prediction for.
/// </summary>
public sealed record AnswerTarget(Drill Drill, ReviewSource Source, RedoItem? Reviewed = null, DrillPost? Post = null);
