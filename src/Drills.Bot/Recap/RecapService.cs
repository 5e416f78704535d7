using System.Collections.Concurrent;
using Drills.Bot.Charts;
using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Schedule;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Recap;

/// <summary>
/// The weekly recap: posted to each group's channel at its local recap time (default Sunday 18:00), with the week's
/// chart. A recap row is claimed in the database before the message is sent, so a week is recapped once, also across
/// restarts; a recap missed while the bot was down comes late, once (<see cref="RecapSchedule.NextRecap"/>).
/// </summary>
public sealed partial class RecapService(
    IDbContextFactory<DrillsDb> dbs, DrillContent content, DiscordRestClient rest, ChartRenderer charts, SchedulerSignal signal,
    TimeProvider time, ILogger<RecapService> log)
{
    private const int Parallelism = 8;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<int, DateTimeOffset> retryAfter = new();

    /// <summary>Posts the recap of every group whose recap slot has come.</summary>
    public async Task PostDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = new List<(Group Group, PostSlot Slot)>();
        foreach (var (group, plan, last) in await PlansAsync(ct))
        {
            if ((!retryAfter.TryGetValue(group.Id, out var notBefore) || now >= notBefore)
                && RecapSchedule.NextRecap(plan, last, now) is { } slot && slot.At <= now)
            {
                due.Add((group, slot));
            }
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (item, token) => await PostAsync(item.Group, item.Slot, token));
    }

    /// <summary>The earliest next recap across all groups, for the scheduler's one timer.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var (group, plan, last) in await PlansAsync(ct))
        {
            if (RecapSchedule.NextRecap(plan, last, now) is { } slot)
            {
                var at = retryAfter.TryGetValue(group.Id, out var notBefore) && notBefore > slot.At ? notBefore : slot.At;
                next = next is null || at < next ? at : next;
            }
        }

        return next;
    }

    /// <summary>The group's recap settings (the defaults when never set) and when its next recap comes (null when off).</summary>
    public async Task<(RecapSettings Settings, DateTimeOffset? Next)> GetAsync(Group group, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var settings = await db.RecapSettings.AsNoTracking().FirstOrDefaultAsync(s => s.GroupId == group.Id, ct)
            ?? new RecapSettings { GroupId = group.Id, ChangedAt = group.CreatedAt };
        var last = await db.Recaps.Where(r => r.GroupId == group.Id).MaxAsync(r => (DateOnly?)r.LocalDate, ct);
        var now = time.GetUtcNow();
        var next = Plan(group, settings) is { } plan && RecapSchedule.NextRecap(plan, last, now) is { } slot ? (slot.At > now ? slot.At : now) : (DateTimeOffset?)null;
        return (settings, next);
    }

    /// <summary><c>/drills recap</c>: changes what is given (null keeps it); the scheduler re-arms for the new time.</summary>
    public async Task<(RecapSettings Settings, DateTimeOffset? Next)> SetAsync(Group group, bool? enabled, DayOfWeek? day, TimeOnly? at, CancellationToken ct)
    {
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            var settings = await db.RecapSettings.FirstOrDefaultAsync(s => s.GroupId == group.Id, ct);
            if (settings is null)
            {
                settings = new RecapSettings { GroupId = group.Id };
                db.RecapSettings.Add(settings);
            }

            settings.Enabled = enabled ?? settings.Enabled;
            settings.Day = day ?? settings.Day;
            settings.Time = at ?? settings.Time;
            settings.ChangedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        signal.Wake();
        return await GetAsync(group, ct);
    }

    private static RecapPlan? Plan(Group group, RecapSettings settings) =>
        group.GetPostSettings() is { } post
            ? new RecapPlan(settings.Enabled, settings.Day, settings.Time, post.Zone, settings.ChangedAt > group.CreatedAt ? settings.ChangedAt : group.CreatedAt)
            : null;

    /// <summary>Every group with a known zone, its recap plan and its last recap date: one query.</summary>
    private async Task<List<(Group Group, RecapPlan Plan, DateOnly? Last)>> PlansAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var recaps = db.Recaps;
        var settings = db.RecapSettings;
        var rows = await db.Groups.AsNoTracking()
            .Select(g => new
            {
                Group = g,
                Settings = settings.FirstOrDefault(s => s.GroupId == g.Id),
                Last = recaps.Where(r => r.GroupId == g.Id).Max(r => (DateOnly?)r.LocalDate),
            })
            .ToListAsync(ct);
        var plans = new List<(Group, RecapPlan, DateOnly?)>(rows.Count);
        foreach (var row in rows)
        {
            if (Plan(row.Group, row.Settings ?? new RecapSettings { GroupId = row.Group.Id, ChangedAt = row.Group.CreatedAt }) is { } plan)
            {
                plans.Add((row.Group, plan, row.Last));
            }
        }

        return plans;
    }

    private async Task PostAsync(Group group, PostSlot slot, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var recap = new WeeklyRecap { GroupId = group.Id, LocalDate = slot.Date, ChannelId = group.ChannelId, PostedAt = time.GetUtcNow() };
        db.Recaps.Add(recap);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return; // another instance recapped this week first
        }

        try
        {
            var zone = group.GetPostSettings()!.Zone;
            var (first, last) = RecapSchedule.Week(slot.Date, slot.At, group.PostTime, zone);
            var week = await RecapReader.ReadAsync(db, content.Catalog, group.Id, first, last, ct);
            if (week.Drills.Count == 0)
            {
                recap.Skipped = "no drill was revealed this week";
                await db.SaveChangesAsync(ct);
                LogSkipped(group.Id, slot.Date);
                return;
            }

            var message = await SendAsync(group, week, ct);
            recap.MessageId = message.Id;
        }
        catch (DiscordApiException e) when (e.Code is DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions or DiscordErrorCodes.UnknownChannel || e.StatusCode is 403 or 404)
        {
            // Not retried: the week stays recapped (the daily post records the channel problem for /drills status).
            recap.Skipped = $"Discord refused the recap (code {e.Code})";
            await db.SaveChangesAsync(CancellationToken.None);
            LogRefused(group.Id, e.Code);
            return;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A passing failure (Discord, the network, the database) before the recap went out: give the week back and
            // try again shortly.
            db.Recaps.Remove(recap);
            await db.SaveChangesAsync(CancellationToken.None);
            retryAfter[group.Id] = time.GetUtcNow() + RetryDelay;
            LogFailed(e, group.Id);
            return;
        }

        // Sent: from here the claim stands whatever happens, so the week is never recapped twice.
        retryAfter.TryRemove(group.Id, out _);
        await db.SaveChangesAsync(CancellationToken.None);
        LogPosted(group.Id, slot.Date);
    }

    /// <summary>
    /// The recap with its chart; when Discord refuses it for a missing permission, which a server without Attach Files
    /// does for any upload, once more without the chart: the text is the recap, the chart an extra.
    /// </summary>
    private async Task<Message> SendAsync(Group group, RecapWeek week, CancellationToken ct)
    {
        var chart = Chart(week, group.Id);
        try
        {
            return await rest.CreateMessageAsync(group.ChannelId, RecapMessages.Recap(week, content.Catalog, chart), ct);
        }
        catch (DiscordApiException e) when (chart is not null && e.Code == DiscordErrorCodes.MissingPermissions)
        {
            LogChartRefused(group.Id);
            return await rest.CreateMessageAsync(group.ChannelId, RecapMessages.Recap(week, content.Catalog, null), ct);
        }
    }

    /// <summary>The week's chart, or none when it cannot be drawn (no font, a renderer failure): the recap goes without it.</summary>
    private FileAttachment? Chart(RecapWeek week, int groupId)
    {
        try
        {
            return charts.RenderGroupWeek(RecapMessages.Chart(week, "Weekly recap"), RecapMessages.ChartFile);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogChartFailed(e, groupId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted the weekly recap of group {GroupId} for {Date}")]
    private partial void LogPosted(int groupId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: the recap with its chart was refused (Attach Files?); posting it without")]
    private partial void LogChartRefused(int groupId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: the recap chart could not be drawn; posting without it")]
    private partial void LogChartFailed(Exception e, int groupId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Group {GroupId}: no drill revealed in the week before {Date}; no recap")]
    private partial void LogSkipped(int groupId, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: Discord refused the weekly recap (code {Code})")]
    private partial void LogRefused(int groupId, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group {GroupId}: the weekly recap failed, retrying in a minute")]
    private partial void LogFailed(Exception e, int groupId);
}
