namespace Drills.Discord;

/// <summary>A channel (type 0 guild text, 1 DM, ...).</summary>
public sealed class Channel
{
    public ulong Id { get; set; }
    public int Type { get; set; }
    public ulong? GuildId { get; set; }
    public string? Name { get; set; }
}
