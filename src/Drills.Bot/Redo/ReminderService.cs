using System.Collections.Concurrent;
using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Members;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Redo;

/// <summary>
/// Redo reminders: one DM digest per member per due batch. A member whose DMs are closed (50007) is marked
/// and skipped from then on; their redos stay, and nobody else's reminders wait for them.
/// </summary>
/// <remarks>
/// Several processes may fan out at once (docs/architecture.md "A redo DM's path"): each member is claimed first,
/// with a lease (<see cref="Member.ReminderClaimedBy"/> until <see cref="Member.ReminderClaimedUntil"/>, one
/// conditional UPDATE, atomic on SQLite and PostgreSQL alike), and the member's due items are read again under
/// the claim, so two processes never DM one member for one batch. The claim is released when the items are
/// marked reminded. A process killed mid fan-out holds its claims until the lease ends; another process then
/// sends those digests: none is lost, and only a DM that had reached Discord before the kill goes twice.
/// </remarks>
public sealed partial class ReminderService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, VariantPicker variants, DiscordRestClient rest, IOptions<RedoOptions> options,
    TimeProvider time, ILogger<ReminderService> log)
{
    private const int Parallelism = 32;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>This process, as it signs its claims (at most 100 characters, the column's length).</summary>
    private static readonly string Claimant = Truncate($"{Guid.NewGuid():N}:{Environment.ProcessId}:{Environment.MachineName}", 100);

    private readonly ConcurrentDictionary<ulong, DateTimeOffset> retryAfter = new();
    private readonly TimeSpan lease = options.Value.ReminderLease;

    public async Task SendDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        List<ulong> members;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            members = await (from item in DueQuery(db, now)
                             join member in db.Members on item.UserId equals member.UserId into ms
                             from member in ms.DefaultIfEmpty()
                             where member == null || member.ReminderClaimedUntil == null || member.ReminderClaimedUntil <= now
                             select item.UserId).Distinct().ToListAsync(ct);
        }

        var free = members.Where(u => !retryAfter.TryGetValue(u, out var t) || t <= now).ToList();
        await Parallel.ForEachAsync(free, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (userId, token) => await RemindAsync(userId, token));
    }

    /// <summary>When the next reminder falls due (a member claimed by another process: when its lease ends), for the scheduler's one timer.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var next = await (from item in DueQuery(db, DateTimeOffset.MaxValue)
                          join member in db.Members on item.UserId equals member.UserId into ms
                          from member in ms.DefaultIfEmpty()
                          orderby item.DueAt
                          select new { item.UserId, item.DueAt, Until = member == null ? null : member.ReminderClaimedUntil }).Take(100).ToListAsync(ct);
        var times = next.Select(i =>
        {
            var at = i.Until is { } until && until > i.DueAt ? until : i.DueAt;
            return retryAfter.TryGetValue(i.UserId, out var t) && t > at ? t : at;
        }).ToList();
        return times.Count == 0 ? null : times.Min();
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;

    private static IQueryable<RedoItem> DueQuery(DrillsDb db, DateTimeOffset until) =>
        from item in db.RedoItems
        where !item.Mastered && item.DueAt <= until && (item.RemindedForDueAt == null || item.RemindedForDueAt != item.DueAt)
        join member in db.Members on item.UserId equals member.UserId into members
        from member in members.DefaultIfEmpty()
        where member == null || (member.RemindersOn && !member.DmsClosed)
        select item;

    /// <summary>Claims the member's reminders until now + the lease; false when another process holds them.</summary>
    private async Task<bool> ClaimAsync(DrillsDb db, ulong userId, CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.UserId == userId, ct))
        {
            db.Members.Add(new Member { UserId = userId });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Another process added the row first: claim it like any other.
            }

            db.ChangeTracker.Clear();
        }

        var now = time.GetUtcNow();
        var until = now + lease;
        var claimed = await db.Members
            .Where(m => m.UserId == userId && (m.ReminderClaimedUntil == null || m.ReminderClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReminderClaimedBy, Claimant).SetProperty(m => m.ReminderClaimedUntil, until), ct);
        return claimed == 1;
    }

    private static Task ReleaseAsync(DrillsDb db, ulong userId) =>
        db.Members.Where(m => m.UserId == userId && m.ReminderClaimedBy == Claimant)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReminderClaimedBy, (string?)null).SetProperty(m => m.ReminderClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);

    private async Task RemindAsync(ulong userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (!await ClaimAsync(db, userId, ct))
        {
            return; // another process is reminding this member
        }

        try
        {
            // Read under the claim: another process may have reminded this member since the round's query.
            var items = await DueQuery(db, time.GetUtcNow()).Where(i => i.UserId == userId).OrderBy(i => i.DueAt).ToListAsync(ct);
            if (items.Count > 0)
            {
                await SendAsync(db, userId, items, ct);
            }
        }
        finally
        {
            await ReleaseAsync(db, userId);
        }
    }

    private async Task SendAsync(DrillsDb db, ulong userId, List<RedoItem> items, CancellationToken ct)
    {
        var drills = new List<(RedoItem Item, Drill Drill)>();
        foreach (var item in items)
        {
            if (content.Catalog.Find(item.DrillId) is { } drill)
            {
                drills.Add((item, await variants.ServeAsync(db, content.Catalog, item, drill, ct)));
            }
        }

        var member = await db.Members.SingleAsync(m => m.UserId == userId, ct);
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
