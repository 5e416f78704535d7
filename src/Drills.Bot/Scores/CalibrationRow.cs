using Drills.Bot.Redo;

namespace Drills.Bot.Scores;

/// <summary>How often a member was right when they said they were at one confidence level.</summary>
public sealed record CalibrationRow(Confidence Level, int Answered, int Right);
