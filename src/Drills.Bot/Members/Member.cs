using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Members;

/// <summary>A Discord user the bot knows: reminder preference and what Discord said about their DMs.</summary>
public sealed class Member
{
    public ulong UserId { get; set; }
    public bool RemindersOn { get; set; } = true;

    /// <summary>Discord answered 50007 (cannot DM): stop DMing until they turn reminders on again.</summary>
    public bool DmsClosed { get; set; }

    /// <summary>The member has been told (once) that their DMs are closed and <c>/redo</c> still works.</summary>
    public bool DmsClosedNoticeShown { get; set; }

    public ulong? DmChannelId { get; set; }

    /// <summary>The process holding this member's reminder claim (a lease: see <see cref="ReminderClaimedUntil"/>).</summary>
    public string? ReminderClaimedBy { get; set; }

    /// <summary>Until when the claim holds: a process killed mid fan-out loses the member to another after this.</summary>
    public DateTimeOffset? ReminderClaimedUntil { get; set; }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.HasKey(m => m.UserId);
        builder.Property(m => m.UserId).ValueGeneratedNever();
        builder.Property(m => m.ReminderClaimedBy).HasMaxLength(100);
    }
}
