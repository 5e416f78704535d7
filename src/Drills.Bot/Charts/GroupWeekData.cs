namespace Drills.Bot.Charts;

/// <summary>What a group's week chart shows: the group's name and its days, in order (usually seven).</summary>
public sealed record GroupWeekData(string GroupName, DateOnly WeekStart, IReadOnlyList<DayResult> Days);
