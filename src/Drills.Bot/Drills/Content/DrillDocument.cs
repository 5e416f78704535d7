namespace Drills.Bot.Drills.Content;

/// <summary>
/// The raw shape of a drill or pack file: front matter fields and <c>## Section</c>s, with line numbers
/// so that every problem can say where it is. Knows nothing of what the fields mean.
/// </summary>
internal sealed class DrillDocument
{
    public Dictionary<string, DocumentField> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DocumentSection> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Text before the first section (a pack's description).</summary>
    public string Preamble { get; private set; } = "";

    public static DrillDocument Parse(string file, string text, List<DrillProblem> problems)
    {
        var doc = new DrillDocument();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var i = 0;
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            problems.Add(new(file, 1, "front matter", "the file must start with a '---' line"));
            return doc;
        }

        for (i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add(new(file, i + 1, "front matter", $"expected 'key: value', got '{line.Trim()}'"));
                continue;
            }

            var key = line[..colon].Trim();
            if (doc.Fields.ContainsKey(key))
            {
                problems.Add(new(file, i + 1, key, "given twice"));
                continue;
            }

            doc.Fields[key] = new DocumentField(key, line[(colon + 1)..].Trim(), i + 1);
        }

        if (i >= lines.Length)
        {
            problems.Add(new(file, lines.Length, "front matter", "no closing '---' line"));
            return doc;
        }

        doc.ParseBody(file, lines, i + 1, problems);
        return doc;
    }

    private void ParseBody(string file, string[] lines, int start, List<DrillProblem> problems)
    {
        DocumentSection? current = null;
        var preamble = new List<string>();
        string? fence = null;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (fence is null && trimmed.StartsWith("## ", StringComparison.Ordinal))
            {
                var name = trimmed[3..].Trim();
                if (Sections.ContainsKey(name))
                {
                    problems.Add(new(file, i + 1, name, "section given twice"));
                }

                current = new DocumentSection(name, i + 1);
                Sections[name] = current;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                var ticks = trimmed.Length - trimmed.TrimStart('`').Length;
                if (fence is null)
                {
                    fence = new string('`', ticks);
                }
                else if (ticks >= fence.Length && trimmed.Trim('`').Trim().Length == 0)
                {
                    fence = null;
                }
            }

            if (current is null)
            {
                preamble.Add(line);
            }
            else
            {
                current.Lines.Add(new DocumentLine(line, i + 1));
            }
        }

        if (fence is not null)
        {
            problems.Add(new(file, lines.Length, "code block", "a ``` block is not closed"));
        }

        Preamble = string.Join('\n', preamble).Trim();
    }
}

internal sealed record DocumentField(string Key, string Value, int Line);

internal sealed record DocumentLine(string Text, int Number);
