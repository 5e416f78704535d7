using Drills.Bot.Charts;

namespace Drills.Bot.Scores;

/// <summary>
/// What <c>/score</c> shows for one member in one group: the group's running totals, streaks and rank; and, from every
/// answer of theirs (daily, redo, practice: the review log), concept mastery, the concepts missed most in the last
/// 30 days, and calibration; and their accuracy per week in this group (for the chart).
/// </summary>
public sealed record ScoreCard(
    int Answered, int Right, int CurrentStreak, int BestStreak, int RedoPending, int RedoDue,
    IReadOnlyList<(string Concept, int Misses)> MissedConcepts, int Rank, int Members)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Right / Answered;

    /// <summary>Per concept answered, weakest first.</summary>
    public IReadOnlyList<ConceptMastery> Concepts { get; init; } = [];

    /// <summary>Per confidence level given, surest first.</summary>
    public IReadOnlyList<CalibrationRow> Calibration { get; init; } = [];

    /// <summary>The last <see cref="ChartRenderer.MemberWeeks"/> weeks (Monday to Sunday, the group's days), oldest first.</summary>
    public IReadOnlyList<WeekAccuracy> Weeks { get; init; } = [];
}

/// <summary>One row of <c>/leaderboard</c>.</summary>
public sealed record LeaderboardRow(int Rank, ulong UserId, int Right, int Answered);
