using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Answers;

/// <summary>
/// A prediction for a guild's daily drill: the given post (a button or modal carries its id) or the group's latest
/// one that reached the channel. One prediction per member per post, none after close.
/// </summary>
public sealed record DailyAnswer(ulong GuildId, int? PostId) : IAnswerSource
{
    // The hot path's read is compiled (ModelQuery): rewriting the LINQ query on every call cost more CPU than SQLite
    // spent running it. The member's prediction for the post comes in the same statement (a correlated subquery), so
    // a prediction costs one read here, not two.
    private static readonly ModelQuery<Func<DrillsDb, ulong, int, ulong, CancellationToken, Task<PostAndLocked?>>> PostById = new(() => EF.CompileAsyncQuery(
        (DrillsDb db, ulong guildId, int postId, ulong userId, CancellationToken ct) => db.Set<DrillPost>().AsNoTracking()
            .Where(p => p.Id == postId && p.Group.GuildId == guildId && p.Error == null && p.MessageId != null)
            .Select(p => new PostAndLocked(p, db.Set<Prediction>().Where(x => x.PostId == p.Id && x.UserId == userId).Select(x => x.Text).FirstOrDefault()))
            .FirstOrDefault()));

    private static readonly ModelQuery<Func<DrillsDb, ulong, ulong, CancellationToken, Task<PostAndLocked?>>> LatestPost = new(() => EF.CompileAsyncQuery(
        (DrillsDb db, ulong guildId, ulong userId, CancellationToken ct) => db.Set<DrillPost>().AsNoTracking()
            .Where(p => p.Group.GuildId == guildId && p.Error == null && p.MessageId != null)
            .OrderByDescending(p => p.LocalDate)
            .Select(p => new PostAndLocked(p, db.Set<Prediction>().Where(x => x.PostId == p.Id && x.UserId == userId).Select(x => x.Text).FirstOrDefault()))
            .FirstOrDefault()));

    private static readonly ModelQuery<Func<DrillsDb, int, ulong, CancellationToken, Task<string?>>> Locked = new(() => EF.CompileAsyncQuery(
        (DrillsDb db, int postId, ulong userId, CancellationToken ct) => db.Set<Prediction>()
            .Where(p => p.PostId == postId && p.UserId == userId).Select(p => p.Text).FirstOrDefault()));

    /// <remarks>One read on the hot path: the post joined to its group, with the member's prediction for it.</remarks>
    public async Task<Resolution> ResolveAsync(AnswerContext context)
    {
        var (db, catalog, userId, now, ct) = context;
        var found = PostId is { } id ? await PostById.For(db)(db, GuildId, id, userId, ct) : await LatestPost.For(db)(db, GuildId, userId, ct);
        if (found is null)
        {
            // Only off the hot path: tell "not set up" from "nothing posted yet".
            return new AnswerOutcome(await db.Groups.AnyAsync(g => g.GuildId == GuildId, ct) ? AnswerStatus.NoOpenDrill : AnswerStatus.NotSetUp);
        }

        var (post, locked) = found;
        var drill = catalog.Find(post.DrillId);
        if (!post.IsOpenAt(now))
        {
            return new AnswerOutcome(AnswerStatus.Closed, drill);
        }

        if (drill is null)
        {
            return new AnswerOutcome(AnswerStatus.DrillRemoved);
        }

        return locked is not null
            ? new AnswerOutcome(AnswerStatus.AlreadyPredicted, drill, locked)
            : new AnswerTarget(drill, ReviewSource.Daily, Post: post);
    }

    /// <summary>The member's second click raced the first: the first one is on record.</summary>
    public async Task<AnswerOutcome?> LostRaceAsync(AnswerContext fresh, AnswerTarget target, DbUpdateException error) =>
        await LockedAsync(fresh, target.Post!.Id) is { } first ? new AnswerOutcome(AnswerStatus.AlreadyPredicted, target.Drill, first) : null;

    private static Task<string?> LockedAsync(AnswerContext context, int postId) => Locked.For(context.Db)(context.Db, postId, context.UserId, context.Ct);

    /// <summary>A post that reached the channel, and the member's locked prediction for it if they made one.</summary>
    private sealed record PostAndLocked(DrillPost Post, string? Locked);
}
