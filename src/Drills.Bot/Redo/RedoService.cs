using Drills.Bot.Drills;
using Drills.Bot.Predictions;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Redo;

/// <summary>A member's redo list: the next due item, and answering one (in a DM, a button or <c>/redo</c>).</summary>
public sealed class RedoService(IDbContextFactory<DrillsDb> dbs, DrillContent content, RedoScheduler scheduler, TimeProvider time)
{
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

    public async Task<RedoItem?> FindAsync(ulong userId, long itemId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.RedoItems.AsNoTracking().FirstOrDefaultAsync(r => r.Id == itemId && r.UserId == userId, ct);
    }

    public async Task<RedoOutcome> AnswerAsync(ulong userId, long itemId, string? text, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var item = await db.RedoItems.FirstOrDefaultAsync(r => r.Id == itemId && r.UserId == userId, ct);
        if (item is null || item.Mastered)
        {
            return new RedoOutcome(RedoStatus.NotFound);
        }

        var now = time.GetUtcNow();
        var drill = content.Catalog.Find(item.DrillId);
        if (item.DueAt > now)
        {
            return new RedoOutcome(RedoStatus.NotDue, drill, NextDue: item.DueAt);
        }

        if (drill is null)
        {
            item.Mastered = true; // the drill left the packs: nothing left to practise
            await db.SaveChangesAsync(ct);
            return new RedoOutcome(RedoStatus.DrillRemoved);
        }

        if (PredictionRules.Problem(text, drill.Answer, out var result) is { } problem)
        {
            return new RedoOutcome(RedoStatus.Invalid, drill, Problem: problem);
        }

        scheduler.Apply(item, result!.IsRight, now);
        db.Reviews.Add(new Review { UserId = userId, DrillId = drill.Id, At = now, Prediction = text!, IsRight = result.IsRight, Source = ReviewSource.Redo });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new RedoOutcome(RedoStatus.NotDue, drill);
        }

        return new RedoOutcome(RedoStatus.Recorded, drill, result, item.Mastered ? null : item.DueAt, item.Mastered, Text: text);
    }
}
