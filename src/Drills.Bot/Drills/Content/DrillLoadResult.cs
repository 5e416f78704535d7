namespace Drills.Bot.Drills.Content;

/// <summary>The drills that loaded, and every problem found; a non-empty problem list means "refuse to start".</summary>
public sealed record DrillLoadResult(DrillCatalog Catalog, IReadOnlyList<DrillProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
