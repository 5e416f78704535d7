using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Answers;

/// <summary>
/// A prediction for a guild's daily drill: the given post (a button or modal carries its id) or the group's latest
/// one that reached the channel. One prediction per member per post, none after close.
/// </summary>
public sealed record DailyAnswer(ulong GuildId, int? PostId) : IAnswerSource
{
    /// <remarks>Two reads on the hot path: the post joined to its group, and the member's prediction for it.</remarks>
    public async Task<Resolution> ResolveAsync(AnswerContext context)
    {
        var (db, catalog, userId, now, ct) = context;
        var posts = db.Posts.AsNoTracking().Where(p => p.Group.GuildId == GuildId && p.Error == null && p.MessageId != null);
        var post = PostId is { } id
            ? await posts.FirstOrDefaultAsync(p => p.Id == id, ct)
            : await posts.OrderByDescending(p => p.LocalDate).FirstOrDefaultAsync(ct);
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

    private static Task<string?> LockedAsync(AnswerContext context, int postId) =>
        context.Db.Predictions.AsNoTracking().Where(p => p.PostId == postId && p.UserId == context.UserId)
            .Select(p => p.Text).FirstOrDefaultAsync(context.Ct);
}
