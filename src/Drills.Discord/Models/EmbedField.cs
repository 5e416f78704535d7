namespace Drills.Discord;

/// <summary>An embed field: name &lt;= 256, value &lt;= 1024, at most 25 per embed.</summary>
public sealed class EmbedField
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public bool? Inline { get; set; }
}
