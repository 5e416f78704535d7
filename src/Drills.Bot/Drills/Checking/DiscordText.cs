using System.Text.RegularExpressions;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Undoes the Markdown a member adds when typing an answer in Discord: a fenced block (with or without a
/// language), a quote block (<c>&gt; </c>), and inline marks wrapping a whole line (backticks, bold,
/// spoiler) or, in short answers, a word (also italics, underline, strike). <see cref="Readings"/> starts
/// with the text as typed, so a checker that tries each never loses an answer that was right as typed.
/// </summary>
public static partial class DiscordText
{
    /// <summary>Languages a fence may name on its first line; an unknown word there may be content.</summary>
    private static readonly HashSet<string> FenceLanguages = new(
        ["py", "python", "python3", "py3", "pycon", "text", "txt", "plaintext", "plain", "console", "shell", "sh",
         "bash", "output", "out", "ansi", "diff", "md", "markdown", "js", "json"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Marks unwrapped from a whole line of output. Single <c>*</c> and <c>_</c> stay: Python prints them
    /// itself (<c>*args</c>, <c>__init__</c>), and reading them as italics could turn a wrong answer right.
    /// </summary>
    private static readonly string[] LineMarks = ["```", "``", "`", "||", "**"];

    /// <summary>Line-by-line readings of a message: as typed, then without fences, quote marks and inline marks.</summary>
    public static IReadOnlyList<string> Readings(string text)
    {
        var typed = Typed(text);
        var readings = new List<string> { typed };
        readings.AddRange(Unfenced(typed));
        foreach (var reading in readings.ToList())
        {
            readings.Add(Unquoted(reading));
            readings.Add(Unwrapped(Unquoted(reading)));
        }

        return readings.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The plainest reading: fences, quote marks and wrapping inline marks removed.</summary>
    public static string Plain(string text)
    {
        var typed = Typed(text);
        return Unwrapped(Unquoted(Unfenced(typed).LastOrDefault() ?? typed));
    }

    /// <summary>
    /// For short answers (a letter, a name, a number): <see cref="Plain"/> on one line, with every backtick,
    /// bold/underline/spoiler mark and word-wrapping italic mark removed.
    /// </summary>
    public static string Flat(string text)
    {
        var flat = string.Join(' ', Plain(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        flat = flat.Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal)
            .Replace("||", "", StringComparison.Ordinal).Replace("~~", "", StringComparison.Ordinal)
            .Replace("__", "", StringComparison.Ordinal);
        return WrappedWord().Replace(flat, "${inner}").Trim();
    }

    /// <summary>A line wholly wrapped in backticks, bold or spoiler marks (nested too), unwrapped and trimmed.</summary>
    public static string UnwrapLine(string line)
    {
        var text = line.Trim();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var mark in LineMarks)
            {
                if (text.Length > 2 * mark.Length && text.StartsWith(mark, StringComparison.Ordinal)
                    && text.EndsWith(mark, StringComparison.Ordinal))
                {
                    text = text[mark.Length..^mark.Length].Trim();
                    changed = true;
                    break;
                }
            }
        }

        return text;
    }

    private static string Typed(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Unwrapped(string text) => string.Join('\n', text.Split('\n').Select(UnwrapLine));

    /// <summary>The contents of the fenced blocks in a message (joined), read with and without a first-line language.</summary>
    private static IEnumerable<string> Unfenced(string text)
    {
        var blocks = Fence().Matches(text);
        if (blocks.Count == 0)
        {
            yield break;
        }

        var withTag = new List<string>();
        var withoutTag = new List<string>();
        foreach (Match block in blocks)
        {
            var tag = block.Groups["tag"].Value;
            var body = block.Groups["body"].Value.Trim('\n');
            withTag.Add(tag.Length == 0 ? body : tag + "\n" + body);
            withoutTag.Add(body);
        }

        var tags = blocks.Select(b => b.Groups["tag"].Value).Where(t => t.Length > 0).ToList();
        if (tags.All(FenceLanguages.Contains))
        {
            yield return string.Join('\n', withoutTag);
            yield break;
        }

        // An unknown first word may be a language Discord hides or the first printed line: try both.
        yield return string.Join('\n', withTag);
        yield return string.Join('\n', withoutTag);
    }

    /// <summary>Without the <c>&gt; </c> of a quote block, when every non-blank line has one.</summary>
    private static string Unquoted(string text)
    {
        var lines = text.Split('\n');
        var nonBlank = lines.Where(l => l.Trim().Length > 0).ToList();
        if (nonBlank.Count == 0 || !nonBlank.All(l => l.TrimStart().StartsWith('>')))
        {
            return text;
        }

        return string.Join('\n', lines.Select(l => QuotePrefix().Replace(l, "")));
    }

    // ```tag? newline body ``` ; or a one-line ```body```. The tag is a lone word on the opening line.
    [GeneratedRegex(@"```(?:(?<tag>[A-Za-z0-9_+#.-]*)[ \t]*\n(?<body>.*?)|(?<body>[^\n]*?))\n?[ \t]*```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*>>?>?[ \t]?")]
    private static partial Regex QuotePrefix();

    // *word* or _word_ as italics: the mark touches the text inside and is not part of a word outside.
    [GeneratedRegex(@"(?<![\w*])[*_](?<inner>[^\s*_](?:[^*_]*?[^\s*_])?)[*_](?![\w*])")]
    private static partial Regex WrappedWord();
}
