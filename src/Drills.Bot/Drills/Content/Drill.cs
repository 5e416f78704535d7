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
    string SourcePath);
