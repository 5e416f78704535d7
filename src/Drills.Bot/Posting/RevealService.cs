using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Groups;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Posting;

/// <summary>
/// Closing a drill: the post loses its buttons, the reveal (answer, explanation, the group's results) is posted and
/// opens a public discussion thread on itself. Until then no public message carries the answer.
/// </summary>
public sealed partial class RevealService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, DiscordRestClient rest, TimeProvider time, ILogger<RevealService> log)
{
    /// <summary>Closes every post whose closing time has passed.</summary>
    public async Task CloseDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<int> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            due = await db.Posts.Where(p => p.ClosedAt == null && p.ClosesAt <= now).Select(p => p.Id).ToListAsync(ct);
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            async (id, token) => await CloseAsync(id, token));
    }

    /// <summary>Closes a group's open posts from dates before <paramref name="before"/> now (a new post closes the ones before it).</summary>
    public async Task CloseOpenPostsAsync(int groupId, DateOnly before, CancellationToken ct)
    {
        List<int> open;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            open = await db.Posts.Where(p => p.GroupId == groupId && p.ClosedAt == null && p.LocalDate < before).Select(p => p.Id).ToListAsync(ct);
        }

        foreach (var id in open)
        {
            await CloseAsync(id, ct);
        }
    }

    public async Task<DateTimeOffset?> NextCloseAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Posts.Where(p => p.ClosedAt == null).OrderBy(p => p.ClosesAt).Select(p => (DateTimeOffset?)p.ClosesAt).FirstOrDefaultAsync(ct);
    }

    private async Task CloseAsync(int postId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var closed = await db.Posts.Where(p => p.Id == postId && p.ClosedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, now), ct);
        if (closed == 0)
        {
            return; // closed meanwhile by another path
        }

        var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId, ct);
        if (post.MessageId is null)
        {
            return; // never reached the channel: nothing to reveal there
        }

        var drill = content.Catalog.Find(post.DrillId);
        var stats = await StatsAsync(db, postId, ct);
        try
        {
            await rest.EditMessageAsync(post.ChannelId, post.MessageId.Value, DrillMessages.Closed(drill, content.Catalog, post.DrillId), ct);
        }
        catch (DiscordApiException e)
        {
            LogEditFailed(e, postId);
        }

        Message reveal;
        try
        {
            reveal = await rest.CreateMessageAsync(post.ChannelId, DrillMessages.Reveal(drill, content.Catalog, stats), ct);
        }
        catch (DiscordApiException e)
        {
            LogRevealFailed(e, postId);
            return;
        }

        if (drill is not null)
        {
            await OpenThreadAsync(db, post, reveal.Id, drill, ct);
        }
    }

    /// <summary>
    /// Opens the discussion thread on the reveal. Without Create Public Threads the reveal stands alone and the group
    /// records why, for <c>/drills status</c>; the next thread opened clears it.
    /// </summary>
    private async Task OpenThreadAsync(DrillsDb db, DrillPost post, ulong revealId, Drill drill, CancellationToken ct)
    {
        string? problem;
        try
        {
            await rest.StartThreadFromMessageAsync(post.ChannelId, revealId, RevealThread.For(drill), ct);
            problem = null;
        }
        catch (DiscordApiException e) when (e.Code is DiscordErrorCodes.MissingPermissions or DiscordErrorCodes.MissingAccess || e.StatusCode == 403)
        {
            problem = RevealThread.Missing(post.ChannelId);
            LogNoThreads(post.GroupId, e.Code);
        }
        catch (DiscordApiException e) when (e.Code == DiscordErrorCodes.ThreadAlreadyCreated)
        {
            return;
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The thread is an extra: a passing failure leaves the reveal without one rather than failing the post.
            LogThreadFailed(e, post.Id);
            return;
        }

        await db.Groups.Where(g => g.Id == post.GroupId && g.ThreadError != problem)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.ThreadError, problem), CancellationToken.None);
    }

    internal static async Task<RevealStats> StatsAsync(DrillsDb db, int postId, CancellationToken ct)
    {
        var counts = await db.Predictions.Where(p => p.PostId == postId)
            .GroupBy(p => p.IsRight).Select(g => new { Right = g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = counts.Sum(c => c.Count);
        var right = counts.Where(c => c.Right).Sum(c => c.Count);
        var wrong = await db.Predictions.Where(p => p.PostId == postId && !p.IsRight)
            .GroupBy(p => new { Same = p.Text.Trim().ToLower(), Typed = p.Text.Trim() })
            .Select(g => new { g.Key.Same, g.Key.Typed, Count = g.Count() }).ToListAsync(ct);
        return new RevealStats(total, right, MostCommonWrong(wrong.Select(w => (w.Same, w.Typed, w.Count))));
    }

    /// <summary>
    /// The most common wrong answer: answers that differ only in case and surrounding space count as one, shown as
    /// members typed it (the most frequent spelling; ties go to the first in ordinal order, as do ties between answers).
    /// </summary>
    internal static (string Text, int Count)? MostCommonWrong(IEnumerable<(string Same, string Typed, int Count)> answers) =>
        answers.GroupBy(a => a.Same, StringComparer.Ordinal)
            .Select(g => (Same: g.Key, Count: g.Sum(a => a.Count), Typed: g.OrderByDescending(a => a.Count).ThenBy(a => a.Typed, StringComparer.Ordinal).First().Typed))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Same, StringComparer.Ordinal)
            .Select(g => ((string Text, int Count)?)(g.Typed, g.Count)).FirstOrDefault();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not edit the closed post {PostId}")]
    private partial void LogEditFailed(Exception e, int postId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: cannot open discussion threads (Discord code {Code})")]
    private partial void LogNoThreads(int groupId, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the discussion thread of post {PostId}")]
    private partial void LogThreadFailed(Exception e, int postId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not post the reveal of post {PostId}")]
    private partial void LogRevealFailed(Exception e, int postId);
}
