using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Redo;

/// <summary>Every answer to a drill, daily or redo: the log that lets the schedule change later.</summary>
public sealed class Review
{
    public long Id { get; set; }
    public ulong UserId { get; set; }
    public string DrillId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Prediction { get; set; } = "";
    public bool IsRight { get; set; }
    public ReviewSource Source { get; set; }
}

public enum ReviewSource
{
    Daily,
    Redo,
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.HasIndex(r => new { r.UserId, r.At });
        builder.Property(r => r.DrillId).HasMaxLength(100);
    }
}
