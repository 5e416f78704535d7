namespace Drills.Bot.Scores;

/// <summary>Configuration section <c>Scores</c>.</summary>
public sealed class ScoreOptions
{
    public const string Section = "Scores";

    /// <summary>Whether <c>/score</c> attaches its chart (a PNG) when a font is available.</summary>
    public bool Chart { get; set; } = true;
}
