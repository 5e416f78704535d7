namespace Drills.Discord;

/// <summary>A message as Discord returns it (the fields this client reads).</summary>
public sealed class Message
{
    public ulong Id { get; set; }
    public ulong ChannelId { get; set; }
    public ulong? GuildId { get; set; }
    public string Content { get; set; } = "";
    public User? Author { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    public IReadOnlyList<Attachment>? Attachments { get; set; }
    public int? Flags { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? EditedTimestamp { get; set; }
}
