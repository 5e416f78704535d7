using Drills.Bot.Redo;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Answers;

/// <summary>
/// An answer to one of the member's redo items: only while it is due, and only theirs. The drill answered is the one
/// <see cref="VariantPicker"/> serves for the item (its own, or a variant); either way the answer moves the item.
/// </summary>
public sealed record RedoAnswer(long ItemId, VariantPicker Variants) : IAnswerSource
{
    public async Task<Resolution> ResolveAsync(AnswerContext context)
    {
        var (db, catalog, userId, now, ct) = context;
        var item = await db.RedoItems.FirstOrDefaultAsync(r => r.Id == ItemId && r.UserId == userId, ct);
        if (item is null || item.Mastered)
        {
            return new AnswerOutcome(AnswerStatus.RedoNotFound);
        }

        var drill = catalog.Find(item.DrillId);
        if (item.DueAt > now)
        {
            return new AnswerOutcome(AnswerStatus.RedoNotDue, drill, RedoDue: item.DueAt);
        }

        if (drill is null)
        {
            item.Mastered = true; // the drill left the packs: nothing left to practise
            await db.SaveChangesAsync(ct);
            return new AnswerOutcome(AnswerStatus.RedoDrillRemoved);
        }

        return new AnswerTarget(await Variants.ServeAsync(db, catalog, item, drill, ct), ReviewSource.Redo, Reviewed: item);
    }

    /// <summary>Two answers raced for the item (its due time is the concurrency token): the first moved it on.</summary>
    public Task<AnswerOutcome?> LostRaceAsync(AnswerContext fresh, AnswerTarget target, DbUpdateException error) =>
        Task.FromResult(error is DbUpdateConcurrencyException ? new AnswerOutcome(AnswerStatus.RedoNotDue, target.Drill) : null);
}
