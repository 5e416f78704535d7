namespace Drills.Bot.Recap;

/// <summary>A concept the group got more right this week than in the four weeks before.</summary>
public sealed record ConceptGain(string Concept, int BeforeRight, int BeforeTotal, int NowRight, int NowTotal)
{
    public double Gain => (100.0 * NowRight / NowTotal) - (100.0 * BeforeRight / BeforeTotal);
}
