using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Scores;

/// <summary>Keeps a member's running totals and streaks (in the group's local days) with each prediction.</summary>
internal static class ScoreKeeper
{
    // Compiled (ModelQuery), as the prediction's other reads (DailyAnswer): the answer's context is fresh, so Find's look at
    // the tracked rows first would find nothing anyway.
    private static readonly ModelQuery<Func<DrillsDb, int, ulong, CancellationToken, Task<MemberScore?>>> Score = new(() => EF.CompileAsyncQuery(
        (DrillsDb db, int groupId, ulong userId, CancellationToken ct) => db.Set<MemberScore>().FirstOrDefault(s => s.GroupId == groupId && s.UserId == userId)));

    /// <summary>Counts one prediction on <paramref name="db"/>, a context that tracks nothing of this member yet.</summary>
    public static async Task RecordAsync(DrillsDb db, int groupId, ulong userId, DateOnly localDate, bool right, CancellationToken ct)
    {
        var score = await Score.For(db)(db, groupId, userId, ct);
        if (score is null)
        {
            score = new MemberScore { GroupId = groupId, UserId = userId };
            db.Scores.Add(score);
        }

        score.Answered++;
        if (!right)
        {
            score.CurrentStreak = 0;
            return;
        }

        score.Right++;
        score.CurrentStreak = score.LastRightDate == localDate.AddDays(-1) ? score.CurrentStreak + 1 : 1;
        score.LastRightDate = localDate;
        score.BestStreak = Math.Max(score.BestStreak, score.CurrentStreak);
    }

    /// <summary>The streak as of <paramref name="today"/>: a day without a right answer before today ends it.</summary>
    public static int CurrentStreak(MemberScore score, DateOnly today) =>
        score.LastRightDate is { } last && last >= today.AddDays(-1) ? score.CurrentStreak : 0;
}
