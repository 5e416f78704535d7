using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Answers;

/// <summary>
/// Which drill <c>/practice [pack] [concept]</c> serves: one of the packs' drills matching the filters, never one the
/// member must not see yet in this group or another they answer in (<see cref="HiddenDrills.OfMemberAsync"/>); the
/// member's least recently answered first (never answered before any), ties in pack order, so it is the same drill
/// until they answer it.
/// </summary>
public sealed class PracticePicker(IDbContextFactory<DrillsDb> dbs, DrillContent content, TimeProvider time)
{
    public async Task<PracticePick> PickAsync(int groupId, ulong userId, string? pack, string? concept, CancellationToken ct)
    {
        var catalog = content.Catalog;
        var packs = pack is null ? catalog.Packs : PacksNamed(catalog, pack);
        if (packs.Count == 0)
        {
            return PracticePick.None($"No pack called {Quoted(pack!)}. Packs: {string.Join(", ", catalog.Packs.Select(p => p.Id))}.");
        }

        var matching = packs.SelectMany(p => p.Drills).Where(d => concept is null || d.Concepts.Any(c => Same(c, concept))).ToList();
        if (matching.Count == 0)
        {
            return PracticePick.None($"No drill{(pack is null ? "" : " in that pack")} is about {Quoted(concept!)}.");
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var hidden = await HiddenDrills.OfMemberAsync(db, userId, groupId, catalog, time.GetUtcNow(), ct);
        var open = matching.Where(d => !hidden.Contains(d.Id)).ToList();
        if (open.Count == 0)
        {
            return PracticePick.None("Every drill that fits is today's or still to come in this server (or another where you answer), so none can be practised yet (no spoilers). Try another pack or concept.");
        }

        var ids = open.Select(d => d.Id).ToList();
        var last = await db.Reviews.AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.DrillId))
            .GroupBy(r => r.DrillId).Select(g => new { DrillId = g.Key, At = g.Max(r => r.At) }).ToListAsync(ct);
        var lastAt = last.ToDictionary(l => l.DrillId, l => l.At, StringComparer.Ordinal);
        var drill = open.Select((d, i) => (Drill: d, Index: i))
            .OrderBy(x => lastAt.TryGetValue(x.Drill.Id, out var at) ? at : DateTimeOffset.MinValue).ThenBy(x => x.Index)
            .First().Drill;
        return new PracticePick(drill, null);
    }

    /// <summary>The packs a member's <c>pack</c> names, by id or title, any case.</summary>
    internal static IReadOnlyList<DrillPack> PacksNamed(DrillCatalog catalog, string pack) =>
        catalog.Packs.Where(p => Same(p.Id, pack) || Same(p.Title, pack)).ToList();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Quoted(string text) => $"`{Text.SafeText.Cut(text.Replace('`', '\''), 60)}`";
}
