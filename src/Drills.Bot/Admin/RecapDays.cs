namespace Drills.Bot.Admin;

/// <summary>The weekdays <c>/drills recap day</c> takes, Monday first, as lower-case English names.</summary>
public static class RecapDays
{
    public static IReadOnlyList<DayOfWeek> All { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out DayOfWeek day)
    {
        var typed = text.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), typed, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
