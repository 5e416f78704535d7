namespace Drills.Bot.Recap;

/// <summary>What a weekly recap says: the week's revealed drills, who predicted all of them, the most improved concept.</summary>
public sealed record RecapWeek(
    DateOnly First, DateOnly Last, IReadOnlyList<RecapDrill> Drills, IReadOnlyList<ulong> FullWeek, ConceptGain? MostImproved)
{
    /// <summary>The drill with the lowest right % among those predicted (ties: more predictions, then the earlier day).</summary>
    public RecapDrill? Hardest => Drills.Where(d => d.Predictions > 0)
        .OrderBy(d => (double)d.Right / d.Predictions).ThenByDescending(d => d.Predictions).ThenBy(d => d.Date).FirstOrDefault();
}
