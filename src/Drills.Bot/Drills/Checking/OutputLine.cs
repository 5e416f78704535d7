using System.Text;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// When two printed lines count as the same. Indentation and trailing whitespace are ignored, and a run of
/// spaces counts as one; a space is never dropped between two other characters (<c>ab ab</c> is not
/// <c>abab</c>, <c>4 2</c> is not <c>42</c>), except next to <c>, ; : ( ) [ ] { }</c>, where Python's
/// own spacing is a matter of style a member should not lose a point over (<c>[1,2]</c> is <c>[1, 2]</c>).
/// Letter case always counts.
/// </summary>
public static class OutputLine
{
    private const string LooseNeighbours = ",;:()[]{}";

    public static bool Same(string a, string b) => string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    /// <summary>The line as compared: trimmed, runs of whitespace as one space, no space beside <c>,;:()[]{}</c>.</summary>
    public static string Canonical(string line)
    {
        var text = line.Trim();
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                result.Append(text[i]);
                continue;
            }

            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var before = text[i - 1];
            var after = text[next];
            if (!LooseNeighbours.Contains(before) && !LooseNeighbours.Contains(after))
            {
                result.Append(' ');
            }

            i = next - 1;
        }

        return result.ToString();
    }

    /// <summary>The line with no whitespace at all, to tell a member when only the spacing differs.</summary>
    public static string Squeezed(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
}
