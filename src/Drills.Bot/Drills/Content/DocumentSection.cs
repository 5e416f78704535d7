namespace Drills.Bot.Drills.Content;

/// <summary>A <c>## Name</c> section of a drill file: its lines, and the fenced blocks inside it.</summary>
internal sealed class DocumentSection(string name, int line)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public List<DocumentLine> Lines { get; } = [];

    /// <summary>The section's prose, trimmed, with fenced blocks left in.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Text)).Trim();

    /// <summary>The fenced blocks of the section, in order: language tag, content, first line.</summary>
    public IReadOnlyList<FencedBlock> Blocks()
    {
        var blocks = new List<FencedBlock>();
        List<string>? content = null;
        string fence = "", language = "";
        var start = 0;
        foreach (var line in Lines)
        {
            var trimmed = line.Text.TrimStart();
            var ticks = trimmed.Length - trimmed.TrimStart('`').Length;
            if (content is null && ticks >= 3)
            {
                fence = new string('`', ticks);
                language = trimmed[ticks..].Trim();
                content = [];
                start = line.Number;
            }
            else if (content is not null && ticks >= fence.Length && trimmed.Trim('`').Trim().Length == 0)
            {
                blocks.Add(new FencedBlock(language, string.Join('\n', content), start));
                content = null;
            }
            else
            {
                content?.Add(line.Text);
            }
        }

        return blocks;
    }
}

internal sealed record FencedBlock(string Language, string Content, int Line);
