using Drills.Bot.Drills.Checking;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// How <c>verify</c> compares an answer key with real output: line by line and exactly, spacing inside a
/// line included. Only what Markdown cannot keep is forgiven: trailing whitespace and blank lines at the edges.
/// </summary>
internal static class StrictText
{
    /// <summary>The same lines the checker compares: trailing whitespace and blank edge lines removed.</summary>
    public static List<string> Lines(string text) => OutputChecker.Lines(text);

    public static bool Same(string key, string real) => Lines(key).SequenceEqual(Lines(real), StringComparer.Ordinal);

    /// <summary>Null when <paramref name="key"/> is the real text, else where and how they differ.</summary>
    public static string? Difference(string label, string key, string real)
    {
        var (want, got) = (Lines(key), Lines(real));
        if (want.SequenceEqual(got, StringComparer.Ordinal))
        {
            return null;
        }

        if (want.Count != got.Count)
        {
            return $"{label} has {Count(want.Count)}, the code printed {Count(got.Count)}: {Quote(real)}";
        }

        var i = want.Zip(got).TakeWhile(p => p.First == p.Second).Count();
        return $"{label} differs at line {i + 1}: the key has {Show(want[i])}, the code printed {Show(got[i])}";
    }

    /// <summary>A line in quotes, so that spacing differences are visible.</summary>
    public static string Show(string line) => "\"" + line + "\"";

    /// <summary>A whole output on one line, lines separated by " / ", cut short when long.</summary>
    public static string Quote(string text)
    {
        var flat = string.Join(" / ", Lines(text));
        return "\"" + (flat.Length > 120 ? flat[..117] + "..." : flat) + "\"";
    }

    private static string Count(int n) => n == 1 ? "1 line" : $"{n} lines";
}
