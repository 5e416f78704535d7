namespace Drills.Bot.Drills.Content;

/// <summary>
/// Follows the ``` fences of a file's body, to keep headings inside code out of the sections and to find
/// the block that is never closed. A missing closing fence makes the next fence close the block instead,
/// and shifts every pairing after it, so the block left open at the end of the file is seldom the
/// culprit: the first block that swallowed a <c>## </c> heading line is, when there is one.
/// </summary>
internal sealed class FenceTracker
{
    private readonly List<OpenedFence> opened = [];
    private string? fence;

    public bool IsOpen => fence is not null;

    public void See(string line, int number)
    {
        var trimmed = line.TrimStart();
        var ticks = trimmed.Length - trimmed.TrimStart('`').Length;
        if (fence is null && ticks >= 3)
        {
            fence = new string('`', ticks);
            opened.Add(new OpenedFence(number));
        }
        else if (fence is not null && ticks >= fence.Length && trimmed.Trim('`').Trim().Length == 0)
        {
            fence = null;
        }
        else if (fence is not null && opened[^1].Heading is null && line.StartsWith("## ", StringComparison.Ordinal))
        {
            opened[^1] = opened[^1] with { Heading = new DocumentLine(line.Trim(), number) };
        }
    }

    /// <summary>The block to blame when the file ends inside a fence, or null when every fence is closed.</summary>
    public OpenedFence? Unclosed() =>
        fence is null ? null : opened.FirstOrDefault(f => f.Heading is not null) ?? opened[^1];
}

/// <summary>Where a ``` block opened, and the first <c>## </c> heading line it swallowed, if any.</summary>
internal sealed record OpenedFence(int Line, DocumentLine? Heading = null);
