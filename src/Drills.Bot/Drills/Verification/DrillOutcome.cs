using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// How one drill fared. <see cref="LoadSensitive"/> marks a failure that a busy machine can cause (a timeout,
/// two runs that disagree, a timing drill off by a second), which is worth one more try with nothing else running.
/// </summary>
public sealed record DrillOutcome(Drill Drill, IReadOnlyList<string> Problems, bool LoadSensitive)
{
    public bool Passed => Problems.Count == 0;

    public string Line => $"{Drill.SourcePath}: {Drill.Id}: {string.Join("; ", Problems)}";
}
