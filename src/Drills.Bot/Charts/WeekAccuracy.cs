namespace Drills.Bot.Charts;

/// <summary>One week of a member's answers: the week's first day, how many they answered, how many were right.</summary>
public sealed record WeekAccuracy(DateOnly WeekStart, int Answered, int Right);
