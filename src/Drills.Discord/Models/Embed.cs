namespace Drills.Discord;

/// <summary>An embed: title &lt;= 256, description &lt;= 4096, 25 fields, footer 2048, 6000 chars across
/// all embeds of a message, at most 10 embeds (docs/discord.md "Messages").</summary>
public sealed class Embed
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public int? Color { get; set; }
    public IReadOnlyList<EmbedField>? Fields { get; set; }
    public EmbedFooter? Footer { get; set; }
    public EmbedImage? Image { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
}
