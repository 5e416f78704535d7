namespace Drills.Bot.Drills.Content;

/// <summary>
/// The <c>key: value</c> lines between the two <c>---</c> lines. A value wholly wrapped in one kind of
/// quote, with no such quote inside, is unquoted as YAML would (<c>title: "Sequential awaits"</c> gives
/// <c>Sequential awaits</c>); to keep quotes, wrap in the other kind (<c>message: "'z'"</c>). A value that
/// only starts or ends with a quote (<c>message: 'NoneType' object is not callable</c>) is kept as written.
/// </summary>
internal static class FrontMatter
{
    public static void Read(string file, string[] lines, Dictionary<string, DocumentField> fields, List<DrillProblem> problems)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var (line, number) = (lines[i], i + 2);
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add(new(file, number, "front matter", $"expected 'key: value', got '{line.Trim()}'"));
                continue;
            }

            var key = line[..colon].Trim();
            if (fields.ContainsKey(key))
            {
                problems.Add(new(file, number, key, "given twice"));
                continue;
            }

            fields[key] = new DocumentField(key, Unquote(line[(colon + 1)..].Trim()), number);
        }
    }

    /// <summary>The last line (1-based) of the run of <c>key: value</c> lines after the opening <c>---</c>.</summary>
    public static int LastFieldLine(string[] lines)
    {
        var last = 1;
        for (var i = 1; i < lines.Length && lines[i].IndexOf(':', StringComparison.Ordinal) > 0 && !lines[i].TrimStart().StartsWith('#'); i++)
        {
            last = i + 1;
        }

        return last;
    }

    public static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] && !value[1..^1].Contains(value[0], StringComparison.Ordinal))
        {
            return value[1..^1];
        }

        return value;
    }
}
