using System.Globalization;

namespace Drills.Bot.Interactions;

/// <summary>
/// A component or modal custom id the bot made, <c>kind:id[:letter]</c> (Discord: 1-100 characters, unique per
/// message). It names what it acts on, so a click is handled from its id alone, also after a restart. Each feature
/// owns its kinds (Posting's <c>predict</c>, Redo's <c>redo</c>) and the route that takes them registers them.
/// </summary>
public readonly record struct CustomId(string Kind, long Id, char? Letter = null)
{
    public override string ToString() => Letter is { } letter
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}:{Id}:{letter}")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind}:{Id}");

    /// <summary>Splits <c>kind:id[:letter]</c>; false for anything else (an old or foreign id).</summary>
    public static bool TryParse(string? text, out CustomId customId)
    {
        customId = default;
        var parts = (text ?? "").Split(':');
        if (parts.Length is < 2 or > 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || parts.Length == 3 && parts[2].Length != 1)
        {
            return false;
        }

        customId = new CustomId(parts[0], id, parts.Length == 3 ? parts[2][0] : null);
        return true;
    }
}
