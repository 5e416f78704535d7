using System.Globalization;

namespace Drills.Bot.Charts;

/// <summary>Text on charts: names cut to a length that fits their place, dates and percentages written invariantly.</summary>
internal static class ChartText
{
    /// <summary><paramref name="text"/> on one line, at most <paramref name="max"/> characters (an ellipsis marks a cut).</summary>
    public static string Fit(string text, int max)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    public static string Day(DateOnly date) => date.ToString("MMM d", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => date.ToString("ddd d", CultureInfo.InvariantCulture);

    public static string Percent(int right, int answered) =>
        answered == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100.0 * right / answered):0}%");
}
