using Drills.Bot.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Recap;

/// <summary>
/// A group's weekly recap settings, set by <c>/drills recap</c>. A group without a row has the default: on, Sunday
/// 18:00 in the group's zone. <see cref="ChangedAt"/> is when they last changed: no recap slot before it is caught up.
/// </summary>
public sealed class RecapSettings
{
    public int GroupId { get; set; }
    public Group Group { get; set; } = null!;
    public bool Enabled { get; set; } = true;
    public DayOfWeek Day { get; set; } = DayOfWeek.Sunday;
    public TimeOnly Time { get; set; } = new(18, 0);
    public DateTimeOffset ChangedAt { get; set; }
}

internal sealed class RecapSettingsConfiguration : IEntityTypeConfiguration<RecapSettings>
{
    public void Configure(EntityTypeBuilder<RecapSettings> builder)
    {
        builder.ToTable("RecapSettings");
        builder.HasKey(r => r.GroupId);
        builder.HasOne(r => r.Group).WithOne().HasForeignKey<RecapSettings>(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
