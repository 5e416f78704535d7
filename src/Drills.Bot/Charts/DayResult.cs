namespace Drills.Bot.Charts;

/// <summary>One day of a group's week: whether a drill was posted, how many predicted it, how many were right.</summary>
public sealed record DayResult(DateOnly Date, bool Posted, int Predictions, int Right);
