using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Redo;

/// <summary>A member's redo list: the next due item and when the next one falls due. Answers go through the answer path.</summary>
public sealed class RedoService(IDbContextFactory<DrillsDb> dbs, DrillContent content, VariantPicker variants, TimeProvider time)
{
    /// <summary>The drill the item is served as now: its own or a variant (<see cref="VariantPicker"/>); null when it left the packs.</summary>
    public async Task<Drill?> ServedAsync(RedoItem item, CancellationToken ct)
    {
        if (content.Catalog.Find(item.DrillId) is not { } drill)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        return await variants.ServeAsync(db, content.Catalog, item, drill, ct);
    }

    /// <summary>The member's most overdue item, skipping (and retiring) items whose drill was removed.</summary>
    public async Task<RedoItem?> NextDueAsync(ulong userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var due = await db.RedoItems.AsNoTracking().Where(r => r.UserId == userId && !r.Mastered && r.DueAt <= now)
            .OrderBy(r => r.DueAt).Take(50).ToListAsync(ct);
        return due.FirstOrDefault(r => content.Catalog.Find(r.DrillId) is not null);
    }

    /// <summary>When the member's next item falls due, if any is pending.</summary>
    public async Task<DateTimeOffset?> NextUpcomingAsync(ulong userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.RedoItems.Where(r => r.UserId == userId && !r.Mastered).OrderBy(r => r.DueAt)
            .Select(r => (DateTimeOffset?)r.DueAt).FirstOrDefaultAsync(ct);
    }
}
