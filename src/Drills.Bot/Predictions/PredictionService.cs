using Drills.Bot.Drills;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Predictions;

/// <summary>
/// Locks a member's prediction for a group's open drill and judges it: one per member per post, refused after
/// close; a wrong one goes on the member's redo list. Prediction, score, review and redo item are one write.
/// </summary>
public sealed class PredictionService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, RedoScheduler redo, SqliteWriteGate writes, TimeProvider time)
{
    public async Task<PredictionOutcome> SubmitAsync(ulong guildId, ulong userId, string? text, int? postId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (refusal, post, drill) = await PrecheckAsync(db, guildId, userId, postId, ct);
        if (refusal is not null || post is null || drill is null)
        {
            return refusal ?? new PredictionOutcome(PredictionStatus.NoOpenDrill);
        }

        var now = time.GetUtcNow();
        if (PredictionRules.Problem(text, drill.Answer, out var result) is { } problem)
        {
            return new PredictionOutcome(PredictionStatus.Invalid, drill, text, Problem: problem);
        }

        db.Predictions.Add(new Prediction
        {
            PostId = post.Id, GroupId = post.GroupId, LocalDate = post.LocalDate, DrillId = drill.Id, UserId = userId,
            Text = text!, IsRight = result!.IsRight, CreatedAt = now,
        });
        await ScoreKeeper.RecordAsync(db, post.GroupId, userId, post.LocalDate, result.IsRight, ct);
        db.Reviews.Add(new Review { UserId = userId, DrillId = drill.Id, At = now, Prediction = text!, IsRight = result.IsRight, Source = ReviewSource.Daily });
        DateTimeOffset? due = result.IsRight ? null : await redo.RecordMissAsync(db, userId, drill.Id, post.GroupId, now, ct);
        try
        {
            await writes.RunAsync(db.SaveChangesAsync, ct);
        }
        catch (DbUpdateException)
        {
            // The same member's second click raced the first: the first one is on record.
            await using var fresh = await dbs.CreateDbContextAsync(ct);
            var first = await fresh.Predictions.AsNoTracking().FirstOrDefaultAsync(p => p.PostId == post.Id && p.UserId == userId, ct);
            if (first is null)
            {
                throw;
            }

            return new PredictionOutcome(PredictionStatus.AlreadyPredicted, drill, first.Text);
        }

        return new PredictionOutcome(PredictionStatus.Recorded, drill, text, result, due);
    }

    /// <summary>
    /// Whether the member may predict now: the open post and its drill, or the refusal (not set up, nothing
    /// open, closed, drill removed, already predicted). Also used before showing the modal.
    /// </summary>
    public async Task<(PredictionOutcome? Refusal, Posting.DrillPost? Post, Drills.Content.Drill? Drill)> PrecheckAsync(
        DrillsDb db, ulong guildId, ulong userId, int? postId, CancellationToken ct)
    {
        var (status, post) = await FindPostAsync(db, guildId, postId, ct);
        if (post is null)
        {
            return (new PredictionOutcome(status), null, null);
        }

        if (!post.IsOpenAt(time.GetUtcNow()))
        {
            return (new PredictionOutcome(PredictionStatus.Closed, content.Catalog.Find(post.DrillId)), post, null);
        }

        var drill = content.Catalog.Find(post.DrillId);
        if (drill is null)
        {
            return (new PredictionOutcome(PredictionStatus.DrillRemoved), post, null);
        }

        var existing = await db.Predictions.AsNoTracking().FirstOrDefaultAsync(p => p.PostId == post.Id && p.UserId == userId, ct);
        return existing is not null
            ? (new PredictionOutcome(PredictionStatus.AlreadyPredicted, drill, existing.Text), post, drill)
            : (null, post, drill);
    }

    /// <summary>The post a prediction is for: the given one, or the group's latest that reached the channel.</summary>
    /// <remarks>One query (post joined to its group) on the hot path; the group alone only to tell "not set up" from "no drill".</remarks>
    public async Task<(PredictionStatus Status, DrillPost? Post)> FindPostAsync(DrillsDb db, ulong guildId, int? postId, CancellationToken ct)
    {
        var query = db.Posts.AsNoTracking().Where(p => p.Group.GuildId == guildId && p.Error == null && p.MessageId != null);
        var post = postId is { } id
            ? await query.FirstOrDefaultAsync(p => p.Id == id, ct)
            : await query.OrderByDescending(p => p.LocalDate).FirstOrDefaultAsync(ct);
        if (post is not null)
        {
            return (PredictionStatus.Recorded, post);
        }

        return await db.Groups.AnyAsync(g => g.GuildId == guildId, ct) ? (PredictionStatus.NoOpenDrill, null) : (PredictionStatus.NotSetUp, null);
    }
}
