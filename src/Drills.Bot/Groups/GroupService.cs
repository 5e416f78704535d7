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

    /// <summary>Creates or updates the guild's group.</summary>
    public async Task<Group> SetupAsync(ulong guildId, ulong channelId, TimeOnly postTime, TimeZoneInfo zone, CancellationToken ct)
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
        return group;
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
}
