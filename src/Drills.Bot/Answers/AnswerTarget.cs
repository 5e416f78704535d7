using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Redo;

namespace Drills.Bot.Answers;

/// <summary>
/// What an answer is for: the drill, where it came from (for the review log), the redo item it reviews (null at
/// first sight: a miss then puts the drill on the list; for a variant, the item of the drill it stands in for), the
/// daily post it is a locked, scored prediction for, and whether a miss goes on the redo list.
/// </summary>
public sealed record AnswerTarget(Drill Drill, ReviewSource Source, RedoItem? Reviewed = null, DrillPost? Post = null, bool AddsRedo = true)
{
    /// <summary>The reviewed item's drill when <see cref="Drill"/> is a variant served in its place.</summary>
    public string? ItemDrillId => Reviewed is { } item && item.DrillId != Drill.Id ? item.DrillId : null;
}
