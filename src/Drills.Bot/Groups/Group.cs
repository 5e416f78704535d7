using Drills.Bot.Schedule;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Drills.Bot.Groups;

/// <summary>A study group: one per guild, posting to one channel at a local time in an IANA zone.</summary>
public sealed class Group
{
    public int Id { get; set; }
    public ulong GuildId { get; set; }
    public ulong ChannelId { get; set; }
    public TimeOnly PostTime { get; set; }
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Comma-separated pack ids in rotation; empty means every pack.</summary>
    public string Packs { get; set; } = "";

    public bool Paused { get; set; }

    /// <summary>How many drills of the rotation have been posted: the next is this index, modulo its length.</summary>
    public int RotationPosition { get; set; }

    /// <summary>Why the last post failed (e.g. missing permissions), shown by <c>/drills status</c>.</summary>
    public string? LastError { get; set; }

    /// <summary>Why the last reveal could not open its discussion thread (e.g. no Create Public Threads), shown by <c>/drills status</c>.</summary>
    public string? ThreadError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<string> PackList => Packs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>When the group posts, its zone looked up once; null when this system does not know its stored zone.</summary>
    public PostSettings? GetPostSettings() => TimeZones.TryFind(TimeZone, out var zone) ? new PostSettings(PostTime, zone, Paused) : null;
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("Groups");
        builder.HasIndex(g => g.GuildId).IsUnique();
        builder.Property(g => g.TimeZone).HasMaxLength(64);
        builder.Ignore(g => g.PackList);
    }
}
