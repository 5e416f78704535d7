namespace Drills.Bot.Redo;

/// <summary>Confidence as members give it (the slash option's and the modal select's values) and as replies name it.</summary>
public static class ConfidenceText
{
    /// <summary>Every level, surest first, with its wire value and its label.</summary>
    public static IReadOnlyList<(Confidence Level, string Value, string Label)> All { get; } =
    [
        (Confidence.Sure, "sure", "sure"),
        (Confidence.ThinkSo, "think-so", "think so"),
        (Confidence.Guess, "guess", "guess"),
    ];

    /// <summary>The level a value or label names (case and spacing ignored), or null for none or anything else.</summary>
    public static Confidence? Parse(string? text)
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace(' ', '-');
        return All.Where(c => c.Value == key).Select(c => (Confidence?)c.Level).FirstOrDefault();
    }

    public static string Label(Confidence level) => All.First(c => c.Level == level).Label;
}
