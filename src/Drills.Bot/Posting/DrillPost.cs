using Drills.Bot.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Posting;

/// <summary>
/// One daily drill of one group. Unique per group and local date, so a drill is never posted twice for a
/// day, also across restarts: the row is claimed before the message is sent.
/// </summary>
public sealed class DrillPost
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public DateOnly LocalDate { get; set; }
    public string DrillId { get; set; } = "";
    public ulong ChannelId { get; set; }
    public ulong? MessageId { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Set when Discord refused the post (no access, missing permissions): nothing to close.</summary>
    public string? Error { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && Error is null && now < ClosesAt;
}

internal sealed class DrillPostConfiguration : IEntityTypeConfiguration<DrillPost>
{
    public void Configure(EntityTypeBuilder<DrillPost> builder)
    {
        builder.ToTable("Posts");
        builder.HasIndex(p => new { p.GroupId, p.LocalDate }).IsUnique();
        builder.HasIndex(p => new { p.ClosedAt, p.ClosesAt });
        builder.Property(p => p.DrillId).HasMaxLength(100);
    }
}
