using Drills.Bot.Drills.Content;

namespace Drills.Bot.Recap;

/// <summary>What a weekly recap says: the week's revealed drills, who predicted all of them, the most improved concept.</summary>
public sealed record RecapWeek(
    DateOnly First, DateOnly Last, IReadOnlyList<RecapDrill> Drills, IReadOnlyList<ulong> FullWeek, ConceptGain? MostImproved)
{
    /// <summary>The drill with the lowest right % among those predicted (ties: more predictions, then the earlier day).</summary>
    public RecapDrill? Hardest => Drills.Where(d => d.Predictions > 0)
        .OrderBy(d => (double)d.Right / d.Predictions).ThenByDescending(d => d.Predictions).ThenBy(d => d.Date).FirstOrDefault();
}

/// <summary>One revealed drill of the week: its results, and its most common wrong answer as members typed it.</summary>
public sealed record RecapDrill(DateOnly Date, string DrillId, Drill? Drill, int Predictions, int Right, (string Text, int Count)? MostCommonWrong);

/// <summary>A concept the group got more right this week than in the four weeks before.</summary>
public sealed record ConceptGain(string Concept, int BeforeRight, int BeforeTotal, int NowRight, int NowTotal)
{
    public double Gain => (100.0 * NowRight / NowTotal) - (100.0 * BeforeRight / BeforeTotal);
}
