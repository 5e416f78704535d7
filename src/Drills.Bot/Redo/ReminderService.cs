using System.Collections.Concurrent;
using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Members;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Redo;

/// <summary>
/// Redo reminders: one DM digest per member per due batch. A member whose DMs are closed (50007) is marked
/// and skipped from then on; their redos stay, and nobody else's reminders wait for them.
/// </summary>
public sealed partial class ReminderService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, VariantPicker variants, DiscordRestClient rest, TimeProvider time, ILogger<ReminderService> log)
{
    private const int Parallelism = 32;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<ulong, DateTimeOffset> retryAfter = new();

    public async Task SendDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<RedoItem> due;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            due = await DueQuery(db, now).ToListAsync(ct);
        }

        var byMember = due.Where(i => !retryAfter.TryGetValue(i.UserId, out var t) || t <= now).GroupBy(i => i.UserId).ToList();
        await Parallel.ForEachAsync(byMember, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (items, token) => await RemindAsync(items.Key, items.OrderBy(i => i.DueAt).ToList(), token));
    }

    /// <summary>When the next reminder falls due, for the scheduler's one timer.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var next = await DueQuery(db, DateTimeOffset.MaxValue).OrderBy(i => i.DueAt).Select(i => new { i.UserId, i.DueAt }).Take(100).ToListAsync(ct);
        var times = next.Select(i => retryAfter.TryGetValue(i.UserId, out var t) && t > i.DueAt ? t : i.DueAt).ToList();
        return times.Count == 0 ? null : times.Min();
    }

    private static IQueryable<RedoItem> DueQuery(DrillsDb db, DateTimeOffset until) =>
        from item in db.RedoItems
        where !item.Mastered && item.DueAt <= until && (item.RemindedForDueAt == null || item.RemindedForDueAt != item.DueAt)
        join member in db.Members on item.UserId equals member.UserId into members
        from member in members.DefaultIfEmpty()
        where member == null || (member.RemindersOn && !member.DmsClosed)
        select item;

    private async Task RemindAsync(ulong userId, List<RedoItem> items, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var drills = new List<(RedoItem Item, Drill Drill)>();
        foreach (var item in items)
        {
            if (content.Catalog.Find(item.DrillId) is { } drill)
            {
                drills.Add((item, await variants.ServeAsync(db, content.Catalog, item, drill, ct)));
            }
        }

        var member = await MemberService.GetOrAddAsync(db, userId, ct);
        try
        {
            if (drills.Count > 0)
            {
                member.DmChannelId ??= (await rest.CreateDmAsync(userId, ct)).Id;
                await rest.CreateMessageAsync(member.DmChannelId.Value, RedoMessages.Digest(drills, content.Catalog), ct);
            }

            var ids = items.Select(i => i.Id).ToList();
            await db.RedoItems.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedForDueAt, r => r.DueAt), ct);
            retryAfter.TryRemove(userId, out _);
        }
        catch (DiscordApiException e) when (e.Code is DiscordErrorCodes.CannotMessageUser or DiscordErrorCodes.NoMutualGuild)
        {
            member.DmsClosed = true;
            LogDmsClosed(userId);
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            retryAfter[userId] = time.GetUtcNow() + RetryDelay;
            LogReminderFailed(e, userId);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {UserId} does not accept DMs: reminders stop, /redo still works")]
    private partial void LogDmsClosed(ulong userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to member {UserId} failed; retrying in five minutes")]
    private partial void LogReminderFailed(Exception e, ulong userId);
}
