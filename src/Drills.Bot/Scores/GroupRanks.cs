using System.Collections.Concurrent;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Scores;

/// <summary>
/// A member's rank in a group and the group's size, from a histogram of right answers (one covering-index scan).
/// Exact for study-group sizes; for a group of <see cref="LargeGroup"/> or more members the histogram is kept for
/// up to <see cref="MaxAge"/>, since even one scan of 100,000 scores (about 7 ms) would spend most of
/// <c>/score</c>'s 10 ms budget. The member's own current total is always used, so only others' moves lag.
/// </summary>
public sealed class GroupRanks(TimeProvider time)
{
    public const int LargeGroup = 5_000;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, Histogram> large = new();

    /// <summary>How many members have more right answers than <paramref name="right"/>, and how many have a score.</summary>
    public async Task<(int Above, int Members)> GetAsync(DrillsDb db, int groupId, int right, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!large.TryGetValue(groupId, out var histogram) || now - histogram.At >= MaxAge)
        {
            var counts = await db.Scores.Where(s => s.GroupId == groupId).GroupBy(s => s.Right)
                .Select(g => new { Right = g.Key, Count = g.Count() }).ToListAsync(ct);
            histogram = new Histogram(counts.Select(c => (c.Right, c.Count)).ToArray(), now);
            if (histogram.Members >= LargeGroup)
            {
                large[groupId] = histogram;
            }
            else
            {
                large.TryRemove(groupId, out _);
            }
        }

        // A member new since the histogram was taken still counts in "#rank of members".
        var above = histogram.Counts.Where(c => c.Right > right).Sum(c => c.Count);
        return (above, Math.Max(histogram.Members, above + 1));
    }

    private sealed record Histogram((int Right, int Count)[] Counts, DateTimeOffset At)
    {
        public int Members { get; } = Counts.Sum(c => c.Count);
    }
}
