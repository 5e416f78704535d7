namespace Drills.Bot.Redo;

/// <summary>
/// The spaced-repetition rule, as a pure function. A miss puts the drill at the first interval (back to it, for an
/// item already on the list); a right answer to a redo moves it one interval on, and past the last it is mastered.
/// A right answer at first sight (today's drill) leaves the list as it is.
/// </summary>
public static class RedoStep
{
    /// <summary>
    /// The item's state after an answer. <paramref name="reviewed"/> is the item the answer reviews (a redo), or null
    /// for a first sight. <paramref name="firstInterval"/> replaces the first interval after a miss (a confident miss
    /// comes back sooner). Null when the list does not change.
    /// </summary>
    public static RedoState? Next(RedoState? reviewed, bool right, DateTimeOffset now, IReadOnlyList<TimeSpan> intervals, TimeSpan? firstInterval = null)
    {
        if (!right)
        {
            return new RedoState(0, now + (firstInterval ?? intervals[0]), Mastered: false);
        }

        if (reviewed is not { } item)
        {
            return null;
        }

        var stage = item.Stage + 1;
        return stage >= intervals.Count
            ? item with { Stage = stage, Mastered = true }
            : new RedoState(stage, now + intervals[stage], Mastered: false);
    }
}
