namespace Drills.Bot.Drills.Content;

/// <summary>
/// The raw shape of a drill or pack file: front matter fields and <c>## Section</c>s, with line numbers
/// so that every problem can say where it is. Knows nothing of what the fields mean. A file whose
/// structure is broken (front matter or a fence never closed) gets one problem, at the opening line,
/// and is <see cref="IsBroken"/>: nothing else is checked, since every later line would be misread.
/// </summary>
internal sealed class DrillDocument
{
    public Dictionary<string, DocumentField> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DocumentSection> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Text before the first section (a pack's description).</summary>
    public string Preamble { get; private set; } = "";

    /// <summary>True when a structural problem was reported and the fields and sections must not be checked.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>The line of the closing <c>---</c>: where a missing field belongs.</summary>
    public int FrontMatterEnd { get; private set; } = 1;

    /// <summary>The file's last line: where a missing section belongs.</summary>
    public int LastLine { get; private set; } = 1;

    public static DrillDocument Parse(string file, string text, List<DrillProblem> problems)
    {
        var doc = new DrillDocument();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        doc.LastLine = lines.Length;
        if (lines[0].Trim() != "---")
        {
            doc.Fail(problems, new(file, 1, "front matter", "the file must start with a '---' line"));
            return doc;
        }

        var close = FindClosing(lines);
        if (close < 0)
        {
            var lastField = FrontMatter.LastFieldLine(lines);
            doc.Fail(problems, new(file, 1, "front matter", $"the front matter opened here is never closed: add a '---' line after line {lastField}"));
            return doc;
        }

        doc.FrontMatterEnd = close + 1;
        FrontMatter.Read(file, lines[1..close], doc.Fields, problems);
        doc.ParseBody(file, lines, close + 1, problems);
        return doc;
    }

    /// <summary>The index of the closing <c>---</c>, or -1 when a heading or fence comes first (the body has begun).</summary>
    private static int FindClosing(string[] lines)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == "---")
            {
                return i;
            }

            if (trimmed.StartsWith("## ", StringComparison.Ordinal) || trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    private void ParseBody(string file, string[] lines, int start, List<DrillProblem> problems)
    {
        DocumentSection? current = null;
        var preamble = new List<string>();
        var fences = new FenceTracker();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (!fences.IsOpen && trimmed.StartsWith("## ", StringComparison.Ordinal))
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

            fences.See(line, i + 1);
            if (current is null)
            {
                preamble.Add(line);
            }
            else
            {
                current.Lines.Add(new DocumentLine(line, i + 1));
            }
        }

        if (fences.Unclosed() is { } unclosed)
        {
            var runsInto = unclosed.Heading is { } h ? $"; it runs on into '{h.Text}' at line {h.Number}" : "";
            Fail(problems, new(file, unclosed.Line, "code block", $"this ``` block is never closed{runsInto}"));
        }

        Preamble = string.Join('\n', preamble).Trim();
    }

    private void Fail(List<DrillProblem> problems, DrillProblem problem)
    {
        problems.Add(problem);
        IsBroken = true;
    }
}

internal sealed record DocumentField(string Key, string Value, int Line);

internal sealed record DocumentLine(string Text, int Number);
