namespace Drills.Discord;

/// <summary>An embed footer: text &lt;= 2048.</summary>
public sealed class EmbedFooter
{
    public string Text { get; set; } = "";
}
