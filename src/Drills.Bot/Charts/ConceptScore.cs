namespace Drills.Bot.Charts;

/// <summary>A member's record on one concept (a drill tag): answers and right answers.</summary>
public sealed record ConceptScore(string Concept, int Answered, int Right);
