using Drills.Bot.Drills;
using Drills.Bot.Schedule;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Groups;

/// <summary>The organiser's settings for a guild's group.</summary>
public sealed class GroupService(IDbContextFactory<DrillsDb> dbs, DrillContent content, SchedulerSignal signal, TimeProvider time)
{
    public async Task<Group?> FindAsync(ulong guildId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.GuildId == guildId, ct);
    }

    /// <summary>Creates or updates the guild's group; returns it with the next post instant.</summary>
    public async Task<(Group Group, DateTimeOffset NextPost)> SetupAsync(ulong guildId, ulong channelId, TimeOnly postTime, TimeZoneInfo zone, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var group = await db.Groups.FirstOrDefaultAsync(g => g.GuildId == guildId, ct);
        if (group is null)
        {
            group = new Group { GuildId = guildId, CreatedAt = time.GetUtcNow() };
            db.Groups.Add(group);
        }

        group.ChannelId = channelId;
        group.PostTime = postTime;
        group.TimeZone = zone.Id;
        group.LastError = null;
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return (group, await NextPostAsync(db, group, ct));
    }

    public async Task<Group?> SetPausedAsync(ulong guildId, bool paused, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var group = await db.Groups.FirstOrDefaultAsync(g => g.GuildId == guildId, ct);
        if (group is not null)
        {
            group.Paused = paused;
            await db.SaveChangesAsync(ct);
            signal.Wake();
        }

        return group;
    }

    /// <summary>Sets the packs in rotation; unknown pack ids are returned and nothing changes.</summary>
    public async Task<(Group? Group, IReadOnlyList<string> Unknown)> SetPacksAsync(ulong guildId, IReadOnlyList<string> packs, CancellationToken ct)
    {
        var unknown = packs.Where(p => content.Catalog.FindPack(p) is null).ToList();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var group = await db.Groups.FirstOrDefaultAsync(g => g.GuildId == guildId, ct);
        if (group is null || unknown.Count > 0)
        {
            return (group, unknown);
        }

        group.Packs = string.Join(',', packs);
        await db.SaveChangesAsync(ct);
        return (group, unknown);
    }

    public async Task<DateTimeOffset?> NextPostAsync(Group group, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return group.Paused ? null : await NextPostAsync(db, group, ct);
    }

    private async Task<DateTimeOffset> NextPostAsync(DrillsDb db, Group group, CancellationToken ct)
    {
        TimeZones.TryFind(group.TimeZone, out var zone);
        zone ??= TimeZoneInfo.Utc;
        var now = time.GetUtcNow();
        var today = PostSchedule.LocalDate(now, zone);
        var postedToday = await db.Posts.AnyAsync(p => p.GroupId == group.Id && p.LocalDate == today, ct);
        return postedToday ? PostSchedule.At(today.AddDays(1), group.PostTime, zone) : Max(now, PostSchedule.At(today, group.PostTime, zone));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
