using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Drills.Bot.Schedule;

/// <summary>Parsing of what organisers type: IANA zone ids and times of day.</summary>
public static class TimeZones
{
    private static readonly Lazy<string[]> Ids = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal).ToArray());

    public static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    /// <summary>Zone ids containing the typed text, for autocomplete (at most 25, Discord's limit).</summary>
    public static IReadOnlyList<string> Suggest(string typed) =>
        Ids.Value.Where(id => id.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase)).Take(25).ToList();

    /// <summary>Reads <c>09:00</c>, <c>9:00</c>, <c>9am</c>, <c>9:30 pm</c>, <c>21:30</c>.</summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        var t = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        var pm = t.EndsWith("pm", StringComparison.Ordinal);
        var am = t.EndsWith("am", StringComparison.Ordinal);
        if (pm || am)
        {
            t = t[..^2];
        }

        if (!t.Contains(':', StringComparison.Ordinal))
        {
            t += ":00";
        }

        if (!TimeOnly.TryParseExact(t, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return false;
        }

        if (am || pm)
        {
            if (time.Hour is 0 or > 12)
            {
                return false;
            }

            time = new TimeOnly((time.Hour % 12) + (pm ? 12 : 0), time.Minute);
        }

        return true;
    }
}
