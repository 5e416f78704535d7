namespace Drills.Bot.Text;

/// <summary>
/// Member-typed text shown back in Discord: inside code spans or blocks, markdown and mentions render as
/// plain text (pings are also off through <c>allowed_mentions</c>), and it is cut to fit Discord's limits.
/// </summary>
public static class SafeText
{
    /// <summary>One line in an inline code span, at most <paramref name="max"/> characters.</summary>
    public static string Inline(string text, int max = 100)
    {
        var flat = string.Join(" / ", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        flat = flat.Replace('`', '\'');
        return "`" + Cut(flat.Length == 0 ? " " : flat, max) + "`";
    }

    /// <summary>A fenced code block that the text cannot break out of.</summary>
    public static string Block(string text, int max = 900, string language = "")
    {
        var safe = Cut(text.Replace("```", "'''", StringComparison.Ordinal).TrimEnd(), max);
        return $"```{language}\n{(safe.Length == 0 ? " " : safe)}\n```";
    }

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Discord's relative timestamp markup, rendered in each reader's own time zone.</summary>
    public static string Relative(DateTimeOffset at) => $"<t:{at.ToUnixTimeSeconds()}:R>";

    public static string Mention(ulong userId) => $"<@{userId}>";
}
