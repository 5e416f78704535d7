using System.Globalization;

namespace Drills.Bot.Redo;

/// <summary>Configuration section <c>Redo</c>: the spaced-repetition intervals and the reminder lease.</summary>
public sealed class RedoOptions
{
    public const string Section = "Redo";

    /// <summary>Comma-separated intervals (d.hh:mm:ss): the first after a miss, then one per right answer.</summary>
    public string Intervals { get; set; } = "3.00:00:00, 7.00:00:00, 16.00:00:00, 35.00:00:00";

    /// <summary>
    /// How long a process holds a member's reminder claim while it DMs them. A process killed mid fan-out keeps
    /// its claims no longer than this; another process then sends those digests (at most the DMs that were in
    /// flight go twice). Longer than a DM takes even under rate limits; short enough that a crash delays little.
    /// </summary>
    public TimeSpan ReminderLease { get; set; } = TimeSpan.FromMinutes(2);

    public IReadOnlyList<TimeSpan> ParsedIntervals() => TryParse(Intervals, out var list, out _) ? list : [];

    public static bool TryParse(string text, out IReadOnlyList<TimeSpan> intervals, out string error)
    {
        var list = new List<TimeSpan>();
        intervals = list;
        error = "";
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TimeSpan.TryParse(part, CultureInfo.InvariantCulture, out var interval) || interval <= TimeSpan.Zero)
            {
                error = $"Redo:Intervals: '{part}' is not a positive interval like 3.00:00:00 (3 days)";
                return false;
            }

            if (list.Count > 0 && interval < list[^1])
            {
                error = $"Redo:Intervals: '{part}' is shorter than the interval before it";
                return false;
            }

            list.Add(interval);
        }

        if (list.Count == 0)
        {
            error = "Redo:Intervals: give at least one interval, e.g. 3.00:00:00";
            return false;
        }

        return true;
    }
}
