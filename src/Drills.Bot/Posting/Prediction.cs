using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Posting;

/// <summary>A member's locked prediction for one daily post: one per member per post.</summary>
public sealed class Prediction
{
    /// <summary>The longest prediction kept (the answer rules refuse longer ones).</summary>
    public const int MaxTextLength = 1000;

    public long Id { get; set; }
    public int PostId { get; set; }
    public DrillPost Post { get; set; } = null!;

    /// <summary>Copied from the post so scores read one table.</summary>
    public int GroupId { get; set; }

    public DateOnly LocalDate { get; set; }

    /// <summary>Copied from the post so missed concepts need no join.</summary>
    public string DrillId { get; set; } = "";

    public ulong UserId { get; set; }
    public string Text { get; set; } = "";
    public bool IsRight { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>How sure the member said they were (1 sure, 2 think so, 3 guess); null when they did not say.</summary>
    public int? Confidence { get; set; }
}

internal sealed class PredictionConfiguration : IEntityTypeConfiguration<Prediction>
{
    public void Configure(EntityTypeBuilder<Prediction> builder)
    {
        builder.ToTable("Predictions");
        builder.HasIndex(p => new { p.PostId, p.UserId }).IsUnique();
        // A member's days in a group with their outcome (/score's weeks): read from the index alone.
        builder.HasIndex(p => new { p.GroupId, p.UserId, p.LocalDate, p.IsRight });
        builder.HasIndex(p => new { p.GroupId, p.LocalDate });
        builder.Property(p => p.DrillId).HasMaxLength(100);
        builder.Property(p => p.Text).HasMaxLength(Prediction.MaxTextLength);
    }
}
