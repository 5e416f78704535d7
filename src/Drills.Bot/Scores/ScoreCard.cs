namespace Drills.Bot.Scores;

/// <summary>What <c>/score</c> shows for one member in one group.</summary>
public sealed record ScoreCard(
    int Answered, int Right, int CurrentStreak, int BestStreak, int RedoPending, int RedoDue,
    IReadOnlyList<(string Concept, int Misses)> MissedConcepts, int Rank, int Members)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Right / Answered;
}

/// <summary>One row of <c>/leaderboard</c>.</summary>
public sealed record LeaderboardRow(int Rank, ulong UserId, int Right, int Answered);
