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
    // The hot path's reads are compiled once (EF.CompileAsyncQuery): a LINQ query is otherwise rewritten and looked up
    // in the query cache on every call, which cost more CPU than SQLite spent running it. Provider-neutral: each
    // provider's context compiles its own SQL on first use.
    private static readonly Func<DrillsDb, ulong, int, CancellationToken, Task<DrillPost?>> PostById = EF.CompileAsyncQuery(
        (DrillsDb db, ulong guildId, int postId, CancellationToken ct) => db.Set<DrillPost>().AsNoTracking()
            .FirstOrDefault(p => p.Id == postId && p.Group.GuildId == guildId && p.Error == null && p.MessageId != null));

    private static readonly Func<DrillsDb, ulong, CancellationToken, Task<DrillPost?>> LatestPost = EF.CompileAsyncQuery(
        (DrillsDb db, ulong guildId, CancellationToken ct) => db.Set<DrillPost>().AsNoTracking()
            .Where(p => p.Group.GuildId == guildId && p.Error == null && p.MessageId != null)
            .OrderByDescending(p => p.LocalDate).FirstOrDefault());

    private static readonly Func<DrillsDb, int, ulong, CancellationToken, Task<string?>> Locked = EF.CompileAsyncQuery(
        (DrillsDb db, int postId, ulong userId, CancellationToken ct) => db.Set<Prediction>()
            .Where(p => p.PostId == postId && p.UserId == userId).Select(p => p.Text).FirstOrDefault());

    /// <remarks>Two reads on the hot path: the post joined to its group, and the member's prediction for it.</remarks>
    public async Task<Resolution> ResolveAsync(AnswerContext context)
    {
        var (db, catalog, userId, now, ct) = context;
        var post = PostId is { } id ? await PostById(db, GuildId, id, ct) : await LatestPost(db, GuildId, ct);
        if (post is null)
        {
            // Only off the hot path: tell "not set up" from "nothing posted yet".
            return new AnswerOutcome(await db.Groups.AnyAsync(g => g.GuildId == GuildId, ct) ? AnswerStatus.NoOpenDrill : AnswerStatus.NotSetUp);
        }

        var drill = catalog.Find(post.DrillId);
        if (!post.IsOpenAt(now))
        {
            return new AnswerOutcome(AnswerStatus.Closed, drill);
        }

        if (drill is null)
        {
            return new AnswerOutcome(AnswerStatus.DrillRemoved);
        }

        var locked = await LockedAsync(context, post.Id);
        return locked is not null
            ? new AnswerOutcome(AnswerStatus.AlreadyPredicted, drill, locked)
            : new AnswerTarget(drill, ReviewSource.Daily, Post: post);
    }

    /// <summary>The member's second click raced the first: the first one is on record.</summary>
    public async Task<AnswerOutcome?> LostRaceAsync(AnswerContext fresh, AnswerTarget target, DbUpdateException error) =>
        await LockedAsync(fresh, target.Post!.Id) is { } first ? new AnswerOutcome(AnswerStatus.AlreadyPredicted, target.Drill, first) : null;

    private static Task<string?> LockedAsync(AnswerContext context, int postId) => Locked(context.Db, postId, context.UserId, context.Ct);
}
