using System.Collections.Concurrent;
using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Schedule;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Posting;

/// <summary>
/// The daily loop's writes: posts each group's drill at its local post time (late, once, after downtime) and
/// closes the previous one with the public reveal. A post row is claimed in the database before the message
/// is sent, so a group never gets two drills for one local date, also across restarts or instances.
/// </summary>
public sealed partial class PostingService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, DiscordRestClient rest, RevealService reveals, GuildShards shards,
    TimeProvider time, ILogger<PostingService> log)
{
    private const int Parallelism = 16;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>Groups whose last post attempt failed for a passing reason: not retried before this instant.</summary>
    private readonly ConcurrentDictionary<int, DateTimeOffset> retryAfter = new();

    /// <summary>Posts for every group whose next post (<see cref="PostSchedule.NextPost"/>) is due.</summary>
    public async Task PostDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = new List<(int GroupId, DateOnly Date, TimeZoneInfo Zone)>();
        foreach (var (group, settings, last) in await RunningGroupsAsync(ct))
        {
            if (settings is null)
            {
                LogBadZone(group.Id, group.TimeZone);
            }
            else if ((!retryAfter.TryGetValue(group.Id, out var notBefore) || now >= notBefore)
                && PostSchedule.NextPost(settings, last, now) is { } next && next.At <= now)
            {
                due.Add((group.Id, next.Date, settings.Zone));
            }
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (item, token) => await PostAsync(item.GroupId, item.Date, item.Zone, token));
    }

    /// <summary><c>/drills post-now</c>: today's drill now, unless today already has one.</summary>
    public async Task<PostAttempt> PostNowAsync(int groupId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var group = await db.Groups.AsNoTracking().SingleAsync(g => g.Id == groupId, ct);
        if (group.GetPostSettings() is not { } settings)
        {
            return new PostAttempt(PostAttemptStatus.Failed, null, $"unknown time zone {group.TimeZone}");
        }

        var today = PostSchedule.LocalDate(time.GetUtcNow(), settings.Zone);
        var existing = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.GroupId == groupId && p.LocalDate == today, ct);
        return existing is not null
            ? new PostAttempt(PostAttemptStatus.AlreadyPosted, existing, null)
            : await PostAsync(groupId, today, settings.Zone, ct);
    }

    /// <summary>The instant the next post is due across all groups, for the scheduler's one timer.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var (group, settings, last) in await RunningGroupsAsync(ct))
        {
            if (settings is not null && PostSchedule.NextPost(settings, last, now) is { } slot)
            {
                var at = retryAfter.TryGetValue(group.Id, out var notBefore) && notBefore > slot.At ? notBefore : slot.At;
                next = next is null || at < next ? at : next;
            }
        }

        return next;
    }

    /// <summary>When the group's next drill comes (for <c>/drills status</c> and setup): not before now; null while paused.</summary>
    public async Task<DateTimeOffset?> NextPostAsync(Group group, CancellationToken ct)
    {
        if (group.GetPostSettings() is not { Paused: false } settings)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var last = await db.Posts.Where(p => p.GroupId == group.Id).MaxAsync(p => (DateOnly?)p.LocalDate, ct);
        var now = time.GetUtcNow();
        return PostSchedule.NextPost(settings, last, now) is { } slot && slot.At > now ? slot.At : now;
    }

    /// <summary>The groups that are not paused and on this process's shards, each with its settings (null for an unknown zone)
    /// and last post date: one query.</summary>
    private async Task<List<(Group Group, PostSettings? Settings, DateOnly? Last)>> RunningGroupsAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var posts = db.Posts;
        var rows = await db.Groups.AsNoTracking().Where(g => !g.Paused)
            .Select(g => new { Group = g, Last = posts.Where(p => p.GroupId == g.Id).Max(p => (DateOnly?)p.LocalDate) })
            .ToListAsync(ct);
        return rows.Where(r => shards.Owns(r.Group.GuildId)).Select(r => (r.Group, r.Group.GetPostSettings(), r.Last)).ToList();
    }

    private async Task<PostAttempt> PostAsync(int groupId, DateOnly date, TimeZoneInfo zone, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var group = await db.Groups.SingleAsync(g => g.Id == groupId, ct);
        var drill = Rotation.Next(group, content.Catalog);
        if (drill is null)
        {
            return new PostAttempt(PostAttemptStatus.Failed, null, "no drills to post");
        }

        var now = time.GetUtcNow();
        var post = new DrillPost
        {
            GroupId = group.Id, LocalDate = date, DrillId = drill.Id, ChannelId = group.ChannelId, PostedAt = now,
            ClosesAt = PostSchedule.At(date.AddDays(1), group.PostTime, zone),
        };
        db.Posts.Add(post);
        group.RotationPosition++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another instance (or a concurrent post-now) claimed this date first; it also closes the day before.
            return new PostAttempt(PostAttemptStatus.AlreadyPosted, null, null);
        }

        // The date is ours: reveal the drill before it (the reveal reads best above the new post), then post.
        await reveals.CloseOpenPostsAsync(groupId, before: date, ct);

        try
        {
            var message = await rest.CreateMessageAsync(group.ChannelId, DrillMessages.Post(post.Id, drill, content.Catalog, post.ClosesAt), ct);
            post.MessageId = message.Id;
            group.LastError = null;
            retryAfter.TryRemove(group.Id, out _);
            await db.SaveChangesAsync(ct);
            LogPosted(drill.Id, group.Id, date);
            return new PostAttempt(PostAttemptStatus.Posted, post, null);
        }
        catch (DiscordApiException e) when (e.Code is DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions or DiscordErrorCodes.UnknownChannel || e.StatusCode is 403 or 404)
        {
            post.Error = group.LastError = CannotPost(group.ChannelId, e);
            await db.SaveChangesAsync(CancellationToken.None);
            LogCannotPost(group.Id, e.Code);
            return new PostAttempt(PostAttemptStatus.Failed, post, post.Error);
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // A passing failure: give the date back and try again shortly.
            db.Posts.Remove(post);
            group.RotationPosition--;
            group.LastError = "the last post attempt failed; retrying";
            await db.SaveChangesAsync(CancellationToken.None);
            retryAfter[group.Id] = now + RetryDelay;
            LogPostFailed(e, group.Id);
            return new PostAttempt(PostAttemptStatus.Failed, null, "Discord did not accept the post; it will be retried in a minute");
        }
    }

    private static string CannotPost(ulong channelId, DiscordApiException e) => e.Code switch
    {
        DiscordErrorCodes.UnknownChannel => $"channel <#{channelId}> no longer exists: run /drills setup with another channel",
        _ => $"I cannot post in <#{channelId}>: give me View Channel, Send Messages and Embed Links there",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted drill {DrillId} to group {GroupId} for {Date}")]
    private partial void LogPosted(string drillId, int groupId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: cannot post to its channel (Discord code {Code})")]
    private partial void LogCannotPost(int groupId, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: posting failed, retrying in a minute")]
    private partial void LogPostFailed(Exception e, int groupId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group {GroupId} has an unknown time zone {Zone}: not posting")]
    private partial void LogBadZone(int groupId, string zone);
}

public enum PostAttemptStatus
{
    Posted,
    AlreadyPosted,
    Failed,
}

public sealed record PostAttempt(PostAttemptStatus Status, DrillPost? Post, string? Error);
