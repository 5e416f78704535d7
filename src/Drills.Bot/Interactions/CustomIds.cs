using System.Globalization;

namespace Drills.Bot.Interactions;

/// <summary>
/// Component and modal custom ids (1-100 chars, unique per message): each encodes what it acts on, so a
/// click is handled from its id alone, also after a restart.
/// </summary>
public static class CustomIds
{
    public const string PredictPrefix = "predict";
    public const string ChoicePrefix = "choice";
    public const string PredictModalPrefix = "predict-modal";
    public const string RedoPrefix = "redo";
    public const string RedoChoicePrefix = "redo-choice";
    public const string RedoModalPrefix = "redo-modal";

    public static string Predict(int postId) => $"{PredictPrefix}:{postId}";

    public static string Choice(int postId, char letter) => $"{ChoicePrefix}:{postId}:{letter}";

    public static string PredictModal(int postId) => $"{PredictModalPrefix}:{postId}";

    public static string Redo(long itemId) => $"{RedoPrefix}:{itemId}";

    public static string RedoChoice(long itemId, char letter) => $"{RedoChoicePrefix}:{itemId}:{letter}";

    public static string RedoModal(long itemId) => $"{RedoModalPrefix}:{itemId}";

    /// <summary>The kind part of a custom id we made (<c>predict</c>, <c>redo-choice</c>...), or null for any other id.</summary>
    public static string? KindOf(string? customId) => TryParse(customId, out var kind, out _, out _) ? kind : null;

    /// <summary>Splits <c>kind:id[:letter]</c>; false for anything else (an old or foreign id).</summary>
    public static bool TryParse(string? customId, out string kind, out long id, out char? letter)
    {
        kind = "";
        id = 0;
        letter = null;
        var parts = (customId ?? "").Split(':');
        if (parts.Length is < 2 or > 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 1)
            {
                return false;
            }

            letter = parts[2][0];
        }

        kind = parts[0];
        return true;
    }
}
