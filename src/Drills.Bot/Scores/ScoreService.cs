using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Schedule;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Scores;

/// <summary><c>/score</c> and <c>/leaderboard</c>: read from the running totals and indexed predictions.</summary>
public sealed class ScoreService(IDbContextFactory<DrillsDb> dbs, DrillContent content, GroupRanks ranks, Leaderboards boards, TimeProvider time)
{
    private const int LeaderboardSize = 10;

    public async Task<ScoreCard> GetAsync(Group group, ulong userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var score = await db.Scores.AsNoTracking().FirstOrDefaultAsync(s => s.GroupId == group.Id && s.UserId == userId, ct)
            ?? new MemberScore { GroupId = group.Id, UserId = userId };
        var (above, members) = await ranks.GetAsync(db, group.Id, score.Right, ct);
        // A drill retired from the packs keeps its place in the member's history (answered, right, streak, rank), but
        // its redo item can never be served again (it is retired when met), so it is not counted as pending.
        var live = content.Catalog.Ids;
        var redo = await db.RedoItems.Where(r => r.UserId == userId && !r.Mastered && live.Contains(r.DrillId)).GroupBy(r => r.UserId)
            .Select(g => new { Pending = g.Count(), Due = g.Count(r => r.DueAt <= now) }).FirstOrDefaultAsync(ct);
        var (pending, due) = (redo?.Pending ?? 0, redo?.Due ?? 0);
        var missed = await db.Predictions.Where(p => p.GroupId == group.Id && p.UserId == userId && !p.IsRight)
            .Select(p => p.DrillId).ToListAsync(ct);
        var concepts = missed.Select(content.Catalog.Find).OfType<Drills.Content.Drill>()
            .SelectMany(d => d.Concepts).GroupBy(c => c).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).Take(3).ToList();
        var today = Today(group, now);
        return new ScoreCard(score.Answered, score.Right, ScoreKeeper.CurrentStreak(score, today), score.BestStreak,
            pending, due, concepts, score.Answered == 0 ? 0 : above + 1, members);
    }

    public async Task<IReadOnlyList<LeaderboardRow>> LeaderboardAsync(Group group, LeaderboardPeriod period, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (period == LeaderboardPeriod.All)
        {
            var all = await db.Scores.AsNoTracking().Where(s => s.GroupId == group.Id && s.Answered > 0)
                .OrderByDescending(s => s.Right).ThenBy(s => s.Answered).ThenBy(s => s.UserId).Take(LeaderboardSize)
                .Select(s => new { s.UserId, s.Right, s.Answered }).ToListAsync(ct);
            return all.Select((s, i) => new LeaderboardRow(i + 1, s.UserId, s.Right, s.Answered)).ToList();
        }

        var from = Today(group, time.GetUtcNow()).AddDays(period == LeaderboardPeriod.Week ? -6 : -29);
        return await boards.GetAsync(db, group.Id, period, from, (d, token) => WindowAsync(d, group.Id, from, token), ct);
    }

    /// <summary>The period's board from the predictions since <paramref name="from"/>, and the group's member count.</summary>
    private static async Task<Leaderboards.Computed> WindowAsync(DrillsDb db, int groupId, DateOnly from, CancellationToken ct)
    {
        var rows = await db.Predictions.Where(p => p.GroupId == groupId && p.LocalDate >= from)
            .GroupBy(p => p.UserId)
            .Select(g => new { UserId = g.Key, Right = g.Count(p => p.IsRight), Answered = g.Count() })
            .OrderByDescending(x => x.Right).ThenBy(x => x.Answered).ThenBy(x => x.UserId).Take(LeaderboardSize).ToListAsync(ct);
        var members = await db.Scores.CountAsync(s => s.GroupId == groupId, ct);
        return new Leaderboards.Computed(rows.Select((s, i) => new LeaderboardRow(i + 1, s.UserId, s.Right, s.Answered)).ToList(), members);
    }

    /// <summary>The group's local date (UTC's when its zone is unknown here): streaks and periods count its days.</summary>
    private static DateOnly Today(Group group, DateTimeOffset now) => PostSchedule.LocalDate(now, group.GetPostSettings()?.Zone ?? TimeZoneInfo.Utc);
}

public enum LeaderboardPeriod
{
    Week,
    Month,
    All,
}
