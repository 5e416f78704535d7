namespace Drills.Bot.Drills.Content;

/// <summary>One predict-the-output drill, as loaded from <c>drills/&lt;pack&gt;/NN-slug.md</c>.</summary>
public sealed record Drill(
    string Id,
    string Pack,
    int Number,
    string Title,
    IReadOnlyList<string> Concepts,
    string Question,
    string Code,
    DrillAnswer Answer,
    string Explanation,
    TimeSpan VerifyTimeout,
    string SourcePath)
{
    /// <summary>The drill this one is an explicit variant of (<c>variant-of:</c>): a redo may serve either for the other.</summary>
    public string? VariantOf { get; init; }

    /// <summary>The line of <c>variant-of:</c> in the file, for the loader's message when it names no drill.</summary>
    internal int VariantOfLine { get; init; }
}
