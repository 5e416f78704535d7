using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Members;

/// <summary>Reminder preferences and what Discord said about a member's DMs.</summary>
public sealed class MemberService(IDbContextFactory<DrillsDb> dbs)
{
    /// <summary><c>/reminders</c>: on also clears a closed-DMs mark, so the member can opt back in after opening DMs.</summary>
    public async Task SetRemindersAsync(ulong userId, bool on, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var member = await GetOrAddAsync(db, userId, ct);
        member.RemindersOn = on;
        if (on)
        {
            member.DmsClosed = false;
            member.DmsClosedNoticeShown = false;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>True once after Discord refused to DM the member: the caller tells them <c>/redo</c> still works.</summary>
    /// <remarks>
    /// Runs for every ephemeral reply, so it reads first: an UPDATE takes SQLite's one write lock even when it
    /// matches nothing, and under a burst of predictions that doubled the writers waiting for it.
    /// </remarks>
    public async Task<bool> TakeDmsClosedNoticeAsync(ulong userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var pending = db.Members.Where(m => m.UserId == userId && m.DmsClosed && !m.DmsClosedNoticeShown);
        return await pending.AnyAsync(ct)
            && await pending.ExecuteUpdateAsync(s => s.SetProperty(m => m.DmsClosedNoticeShown, true), ct) == 1;
    }

    internal static async Task<Member> GetOrAddAsync(DrillsDb db, ulong userId, CancellationToken ct)
    {
        var member = await db.Members.FindAsync([userId], ct);
        if (member is null)
        {
            member = new Member { UserId = userId };
            db.Members.Add(member);
        }

        return member;
    }
}
