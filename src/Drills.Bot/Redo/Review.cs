using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Redo;

/// <summary>
/// Every answer to a drill, daily, redo or practice: the log that lets the schedule change later, and what concept
/// mastery and calibration are read from. A redo served as a variant logs the drill answered (<see cref="DrillId"/>)
/// and the redo item's own drill (<see cref="ItemDrillId"/>).
/// </summary>
public sealed class Review
{
    public long Id { get; set; }
    public ulong UserId { get; set; }
    public string DrillId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Prediction { get; set; } = "";
    public bool IsRight { get; set; }
    public ReviewSource Source { get; set; }

    /// <summary>How sure the member said they were; null when they did not say.</summary>
    public Confidence? Confidence { get; set; }

    /// <summary>The redo item's drill when a variant was served in its place; null otherwise.</summary>
    public string? ItemDrillId { get; set; }
}

public enum ReviewSource
{
    Daily,
    Redo,
    Practice,
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        // Every read of the log is one member's, by drill (/score's tallies, practice's last-seen, variants' seen): all the
        // columns they read are in the index, so a member's log is read from one run of index pages, not row by row.
        builder.HasIndex(r => new { r.UserId, r.DrillId, r.Confidence, r.IsRight, r.At });
        builder.Property(r => r.DrillId).HasMaxLength(100);
        builder.Property(r => r.ItemDrillId).HasMaxLength(100);
    }
}
