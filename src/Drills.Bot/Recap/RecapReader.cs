using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Recap;

/// <summary>
/// Reads a group's week for the recap. Only drills already revealed count (closed, and posted to the channel), so a
/// recap never shows results, let alone a wrong answer, of a drill still open.
/// </summary>
internal static class RecapReader
{
    /// <summary>How far back "before" reaches for the most improved concept.</summary>
    public const int BeforeDays = 28;

    /// <summary>Predictions a concept needs in each period to count as improved (one lucky answer is no trend).</summary>
    public const int MinAnswers = 2;

    public static async Task<RecapWeek> ReadAsync(DrillsDb db, DrillCatalog catalog, int groupId, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.GroupId == groupId && p.LocalDate >= first && p.LocalDate <= last && p.ClosedAt != null && p.MessageId != null && p.Error == null)
            .OrderBy(p => p.LocalDate).Select(p => new { p.Id, p.LocalDate, p.DrillId }).ToListAsync(ct);
        var drills = new List<RecapDrill>();
        foreach (var post in posts)
        {
            var stats = await RevealService.StatsAsync(db, post.Id, ct);
            drills.Add(new RecapDrill(post.LocalDate, post.DrillId, catalog.Find(post.DrillId), stats.Total, stats.Right, stats.MostCommonWrong));
        }

        var ids = posts.ConvertAll(p => p.Id);
        var fullWeek = ids.Count == 0 ? [] : await db.Predictions.Where(p => ids.Contains(p.PostId))
            .GroupBy(p => p.UserId).Where(g => g.Count() == ids.Count).Select(g => g.Key).OrderBy(u => u).ToListAsync(ct);
        return new RecapWeek(first, last, drills, fullWeek, await MostImprovedAsync(db, catalog, groupId, first, last, ids, ct));
    }

    private static async Task<ConceptGain?> MostImprovedAsync(
        DrillsDb db, DrillCatalog catalog, int groupId, DateOnly first, DateOnly last, List<int> weekPosts, CancellationToken ct)
    {
        var from = first.AddDays(-BeforeDays);
        var rows = await db.Predictions.Where(p => p.GroupId == groupId && p.LocalDate >= from && p.LocalDate <= last)
            .GroupBy(p => new { p.PostId, p.DrillId, p.LocalDate, p.IsRight })
            .Select(g => new { g.Key.PostId, g.Key.DrillId, g.Key.LocalDate, g.Key.IsRight, Count = g.Count() })
            .ToListAsync(ct);
        var now = new Dictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var before = new Dictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var into = weekPosts.Contains(row.PostId) ? now : row.LocalDate < first ? before : null;
            if (into is null || catalog.Find(row.DrillId) is not { } drill)
            {
                continue;
            }

            foreach (var concept in drill.Concepts)
            {
                var (right, total) = into.GetValueOrDefault(concept);
                into[concept] = (right + (row.IsRight ? row.Count : 0), total + row.Count);
            }
        }

        return now.Where(c => c.Value.Total >= MinAnswers && before.TryGetValue(c.Key, out var b) && b.Total >= MinAnswers)
            .Select(c => new ConceptGain(c.Key, before[c.Key].Right, before[c.Key].Total, c.Value.Right, c.Value.Total))
            .Where(g => g.Gain > 0)
            .OrderByDescending(g => g.Gain).ThenByDescending(g => g.NowTotal).ThenBy(g => g.Concept, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
