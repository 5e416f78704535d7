using System.Globalization;

namespace Drills.Bot.Redo;

/// <summary>Configuration section <c>Redo</c>: the spaced-repetition intervals, confident misses, variants.</summary>
public sealed class RedoOptions
{
    public const string Section = "Redo";

    /// <summary>Comma-separated intervals (d.hh:mm:ss): the first after a miss, then one per right answer.</summary>
    public string Intervals { get; set; } = "3.00:00:00, 7.00:00:00, 16.00:00:00, 35.00:00:00";

    /// <summary>The first interval after a miss the member was sure of (instead of the first of <see cref="Intervals"/>).</summary>
    public TimeSpan ConfidentMissInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>About how often (0 to 1) a due redo is served as a variant, when one the member has not seen exists.</summary>
    public double VariantShare { get; set; } = 0.5;

    /// <summary>Null when the settings are usable, else the first problem.</summary>
    public string? Problem() =>
        !TryParse(Intervals, out _, out var error) ? error
        : ConfidentMissInterval <= TimeSpan.Zero ? "Redo:ConfidentMissInterval: give a positive interval like 1.00:00:00 (1 day)"
        : VariantShare is < 0 or > 1 || double.IsNaN(VariantShare) ? "Redo:VariantShare: give a share from 0 (never) to 1 (always), e.g. 0.5"
        : null;

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
