using Drills.Bot.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Recap;

/// <summary>
/// One weekly recap of one group, unique per group and local recap date: claimed before the message is sent, so a
/// week is recapped once, also across restarts and instances (like the daily post).
/// </summary>
public sealed class WeeklyRecap
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;

    /// <summary>The local date of the recap slot (the recap weekday).</summary>
    public DateOnly LocalDate { get; set; }

    public ulong ChannelId { get; set; }
    public ulong? MessageId { get; set; }
    public DateTimeOffset PostedAt { get; set; }

    /// <summary>Why nothing was posted: a week without a revealed drill, or Discord refusing the channel.</summary>
    public string? Skipped { get; set; }
}

internal sealed class WeeklyRecapConfiguration : IEntityTypeConfiguration<WeeklyRecap>
{
    public void Configure(EntityTypeBuilder<WeeklyRecap> builder)
    {
        builder.ToTable("Recaps");
        builder.HasIndex(r => new { r.GroupId, r.LocalDate }).IsUnique();
        builder.Property(r => r.Skipped).HasMaxLength(300);
    }
}
