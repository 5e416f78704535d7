using Drills.Bot.Drills;
using Drills.Bot.Drills.Checking;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Answers;

/// <summary>
/// The one answer path, for every source: the source finds what is answered (or refuses), the answer is checked,
/// logged as a review, moved through the spaced-repetition step, scored when it is a daily prediction, and written
/// once, with other members' writes in one transaction (group commit). Daily predictions are the hot path: the source's reads, the score row, the redo
/// item on a miss, one write.
/// </summary>
public sealed class AnswerService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, IOptions<RedoOptions> redo, GroupCommit writes, TimeProvider time)
{
    // Compiled (ModelQuery, see DailyAnswer): the redo item a first miss or a right answer moves.
    private static readonly ModelQuery<Func<DrillsDb, ulong, string, CancellationToken, Task<RedoItem?>>> ItemFor = new(() => EF.CompileAsyncQuery(
        (DrillsDb db, ulong userId, string drillId, CancellationToken ct) => db.Set<RedoItem>().FirstOrDefault(r => r.UserId == userId && r.DrillId == drillId)));

    private readonly IReadOnlyList<TimeSpan> intervals = redo.Value.ParsedIntervals();
    private readonly TimeSpan confidentMiss = redo.Value.ConfidentMissInterval;

    /// <summary>Whether the member may answer now (before a form is shown): the target, or the refusal.</summary>
    public async Task<Resolution> ResolveAsync(IAnswerSource source, ulong userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await source.ResolveAsync(new AnswerContext(db, content.Catalog, userId, time.GetUtcNow(), ct));
    }

    public async Task<AnswerOutcome> SubmitAsync(IAnswerSource source, ulong userId, string? text, Confidence? confidence, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Open for the whole answer: EF otherwise opens and closes it around each of the reads, and every open of a
        // pooled SQLite connection re-registers EF's SQL functions on it.
        await db.Database.OpenConnectionAsync(ct);
        var context = new AnswerContext(db, content.Catalog, userId, time.GetUtcNow(), ct);
        var (target, refusal) = await source.ResolveAsync(context);
        if (target is null)
        {
            return refusal!;
        }

        if (AnswerRules.Problem(text, target.Drill.Answer, out var result) is { } problem)
        {
            return new AnswerOutcome(AnswerStatus.Invalid, target.Drill, text, Problem: problem);
        }

        var item = await RecordAsync(context, target, text!, result!, confidence);
        try
        {
            await writes.CommitAsync(db, ct);
        }
        catch (DbUpdateException e)
        {
            await using var fresh = await dbs.CreateDbContextAsync(ct);
            if (await source.LostRaceAsync(context with { Db = fresh }, target, e) is { } lost)
            {
                return lost;
            }

            throw;
        }

        var redoDue = item is { Mastered: false } ? item.DueAt : (DateTimeOffset?)null;
        return new AnswerOutcome(AnswerStatus.Recorded, target.Drill, text, result, redoDue, Mastered: item?.Mastered ?? false)
        {
            Confidence = confidence,
            VariantFor = target.ItemDrillId is { } of ? context.Catalog.Find(of) : null,
            Practice = target.Source == ReviewSource.Practice,
        };
    }

    /// <summary>
    /// Stages the write: the review, the locked prediction and score (daily), the redo step (a miss the member was
    /// sure of comes back after <see cref="RedoOptions.ConfidentMissInterval"/>). Returns the item the step moved.
    /// </summary>
    private async Task<RedoItem?> RecordAsync(AnswerContext context, AnswerTarget target, string text, CheckResult result, Confidence? confidence)
    {
        var (db, _, userId, now, ct) = context;
        var drill = target.Drill;
        db.Reviews.Add(new Review
        {
            UserId = userId, DrillId = drill.Id, At = now, Prediction = text, IsRight = result.IsRight, Source = target.Source,
            Confidence = confidence, ItemDrillId = target.ItemDrillId,
        });
        if (target.Post is { } post)
        {
            db.Predictions.Add(new Prediction
            {
                PostId = post.Id, GroupId = post.GroupId, LocalDate = post.LocalDate, DrillId = drill.Id, UserId = userId,
                Text = text, IsRight = result.IsRight, CreatedAt = now, Confidence = (int?)confidence,
            });
            await ScoreKeeper.RecordAsync(db, post.GroupId, userId, post.LocalDate, result.IsRight, ct);
        }

        var item = target.Reviewed;
        if (!target.AddsRedo)
        {
            return null;
        }

        var first = confidence == Confidence.Sure ? confidentMiss : (TimeSpan?)null;
        if (RedoStep.Next(item?.State(), result.IsRight, now, intervals, first) is { } next)
        {
            item ??= await ItemFor.For(db)(db, userId, drill.Id, ct)
                ?? db.RedoItems.Add(new RedoItem { UserId = userId, DrillId = drill.Id, GroupId = target.Post?.GroupId }).Entity;
            item.MoveTo(next);
        }

        return item;
    }
}
