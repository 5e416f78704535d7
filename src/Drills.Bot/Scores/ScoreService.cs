using Drills.Bot.Charts;
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

    /// <summary>"Concepts you miss most" looks this far back: what a member misses now, not what they once did.</summary>
    public static readonly TimeSpan MissedWindow = TimeSpan.FromDays(30);

    public async Task<ScoreCard> GetAsync(Group group, ulong userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var score = await db.Scores.AsNoTracking().FirstOrDefaultAsync(s => s.GroupId == group.Id && s.UserId == userId, ct)
            ?? new MemberScore { GroupId = group.Id, UserId = userId };
        var (above, members) = await ranks.GetAsync(db, group.Id, score.Right, ct);
        // A drill retired from the packs keeps its place in the member's history (answered, right, streak, rank), but
        // its redo item can never be served again (it is retired when met), so it is not counted as pending.
        var catalog = content.Catalog;
        var items = await db.RedoItems.AsNoTracking().Where(r => r.UserId == userId && !r.Mastered)
            .Select(r => new { r.DrillId, r.DueAt }).ToListAsync(ct);
        var liveItems = items.Where(r => catalog.Find(r.DrillId) is not null).ToList();
        var dueDrills = liveItems.Where(r => r.DueAt <= now).Select(r => r.DrillId).ToList();

        // One pass over the member's review log: per drill and confidence, answers, right ones, and misses in the last 30 days.
        var since = now - MissedWindow;
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.UserId == userId)
            .GroupBy(r => new { r.DrillId, r.Confidence })
            .Select(g => new ReviewTally(g.Key.DrillId, g.Key.Confidence, g.Count(), g.Count(r => r.IsRight), g.Count(r => !r.IsRight && r.At >= since)))
            .ToListAsync(ct);
        var today = Today(group, now);
        var weeks = await WeeksAsync(db, group.Id, userId, today, ct);
        return new ScoreCard(score.Answered, score.Right, ScoreKeeper.CurrentStreak(score, today), score.BestStreak,
            liveItems.Count, dueDrills.Count, MissedConcepts(reviews), score.Answered == 0 ? 0 : above + 1, members)
        {
            Concepts = Mastery(reviews, dueDrills),
            Calibration = reviews.Where(r => r.Confidence is not null).GroupBy(r => r.Confidence!.Value).OrderBy(g => g.Key)
                .Select(g => new CalibrationRow(g.Key, g.Sum(r => r.Answered), g.Sum(r => r.Right))).ToList(),
            Weeks = weeks,
        };
    }

    /// <summary>The concepts of the drills missed in the last 30 days, most missed first (a retired drill's are not counted).</summary>
    private IReadOnlyList<(string Concept, int Misses)> MissedConcepts(IReadOnlyList<ReviewTally> reviews) => reviews
        .Where(r => r.RecentMisses > 0)
        .SelectMany(r => (content.Catalog.Find(r.DrillId)?.Concepts ?? []).Select(c => (Concept: c, r.RecentMisses)))
        .GroupBy(x => x.Concept).Select(g => (g.Key, g.Sum(x => x.RecentMisses)))
        .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).Take(3).ToList();

    private IReadOnlyList<ConceptMastery> Mastery(IReadOnlyList<ReviewTally> reviews, IReadOnlyList<string> dueDrills)
    {
        var catalog = content.Catalog;
        var perDrill = reviews.GroupBy(r => r.DrillId).Select(g => (Drill: catalog.Find(g.Key), Answered: g.Sum(r => r.Answered), Right: g.Sum(r => r.Right)))
            .Where(x => x.Drill is not null).ToList();
        var due = dueDrills.Select(catalog.Find).OfType<Drills.Content.Drill>().SelectMany(d => d.Concepts).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        return perDrill.SelectMany(x => x.Drill!.Concepts.Select(c => (Concept: c, x.Answered, x.Right)))
            .GroupBy(x => x.Concept)
            .Select(g => new ConceptMastery(g.Key, g.Count(), g.Sum(x => x.Answered), g.Sum(x => x.Right), due.GetValueOrDefault(g.Key)))
            .OrderBy(c => (double)c.Right / c.Answered).ThenByDescending(c => c.Answered).ThenBy(c => c.Concept, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The member's daily predictions in this group per week (Monday first), the last eight weeks up to this one.</summary>
    private static async Task<IReadOnlyList<WeekAccuracy>> WeeksAsync(DrillsDb db, int groupId, ulong userId, DateOnly today, CancellationToken ct)
    {
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = thisWeek.AddDays(-7 * (ChartRenderer.MemberWeeks - 1));
        var days = await db.Predictions.AsNoTracking().Where(p => p.GroupId == groupId && p.UserId == userId && p.LocalDate >= first)
            .GroupBy(p => p.LocalDate).Select(g => new { Date = g.Key, Answered = g.Count(), Right = g.Count(p => p.IsRight) }).ToListAsync(ct);
        return Enumerable.Range(0, ChartRenderer.MemberWeeks).Select(w =>
        {
            var start = first.AddDays(7 * w);
            var inWeek = days.Where(d => d.Date >= start && d.Date < start.AddDays(7)).ToList();
            return new WeekAccuracy(start, inWeek.Sum(d => d.Answered), inWeek.Sum(d => d.Right));
        }).ToList();
    }

    private sealed record ReviewTally(string DrillId, Confidence? Confidence, int Answered, int Right, int RecentMisses);

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
