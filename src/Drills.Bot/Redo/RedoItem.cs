using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Redo;

/// <summary>
/// A drill on a member's redo list. <see cref="Stage"/> indexes the configured intervals (3, 7, 16, 35 days):
/// a right answer moves it one stage on, past the last it is mastered; a wrong one sends it back to stage 0.
/// </summary>
public sealed class RedoItem
{
    public long Id { get; set; }
    public ulong UserId { get; set; }
    public string DrillId { get; set; } = "";

    /// <summary>The group where the drill was missed, for the member's <c>/score</c> there.</summary>
    public int? GroupId { get; set; }

    public int Stage { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public bool Mastered { get; set; }

    /// <summary>The <see cref="DueAt"/> a reminder DM was sent for: one DM per due batch.</summary>
    public DateTimeOffset? RemindedForDueAt { get; set; }

    public RedoState State() => new(Stage, DueAt, Mastered);

    public void MoveTo(RedoState state) => (Stage, DueAt, Mastered) = (state.Stage, state.DueAt, state.Mastered);
}

internal sealed class RedoItemConfiguration : IEntityTypeConfiguration<RedoItem>
{
    public void Configure(EntityTypeBuilder<RedoItem> builder)
    {
        builder.ToTable("RedoItems");
        builder.HasIndex(r => new { r.UserId, r.DrillId }).IsUnique();
        builder.HasIndex(r => new { r.Mastered, r.DueAt });
        // A member's open items by due time (/score, /redo): read from the index alone.
        builder.HasIndex(r => new { r.UserId, r.Mastered, r.DueAt, r.DrillId });
        builder.Property(r => r.DrillId).HasMaxLength(100);

        // Two answers racing for one due item: the second sees the changed due time and is refused.
        builder.Property(r => r.DueAt).IsConcurrencyToken();
    }
}
