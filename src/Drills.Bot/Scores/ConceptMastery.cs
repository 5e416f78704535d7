namespace Drills.Bot.Scores;

/// <summary>A member's record on one concept: distinct drills answered, answers, right answers, redo items due now.</summary>
public sealed record ConceptMastery(string Concept, int DrillsSeen, int Answered, int Right, int Due);
