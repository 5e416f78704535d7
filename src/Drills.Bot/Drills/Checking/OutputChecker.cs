using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Compares printed lines: trailing whitespace and blank lines at the edges are ignored, so is spacing inside
/// a line; a one-line prediction may separate lines with " / ". Right lines in the wrong order are "close".
/// </summary>
public static class OutputChecker
{
    public static CheckResult Check(OutputAnswer answer, string prediction)
    {
        var candidates = Candidates(prediction);
        if (candidates[0].Count == 0)
        {
            return CheckResult.Unrecognised("the prediction is empty");
        }

        var accepted = new[] { answer.Expected }.Concat(answer.Alternatives).Select(Lines).ToList();
        foreach (var expected in accepted)
        {
            if (candidates.Any(c => SameLines(expected, c)))
            {
                return CheckResult.Right();
            }
        }

        return Explain(accepted[0], candidates[^1]);
    }

    /// <summary>The lines of a text with trailing whitespace and blank edge lines removed.</summary>
    public static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static List<List<string>> Candidates(string prediction)
    {
        var lines = Lines(prediction);
        var result = new List<List<string>> { lines };
        if (lines.Count == 1 && lines[0].Contains(" / ", StringComparison.Ordinal))
        {
            result.Add(lines[0].Split(" / ").Select(l => l.Trim()).ToList());
        }

        return result;
    }

    private static bool SameLines(List<string> expected, List<string> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => SameLine(p.First, p.Second));

    private static bool SameLine(string a, string b) => Squeeze(a) == Squeeze(b);

    private static string Squeeze(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));

    private static CheckResult Explain(List<string> expected, List<string> actual)
    {
        if (expected.Count != actual.Count)
        {
            return CheckResult.Wrong($"expected {Count(expected.Count)}, got {actual.Count}");
        }

        var sortedExpected = expected.Select(Squeeze).Order(StringComparer.Ordinal);
        if (sortedExpected.SequenceEqual(actual.Select(Squeeze).Order(StringComparer.Ordinal)))
        {
            return CheckResult.Close("the right lines, in the wrong order");
        }

        var index = expected.Zip(actual).TakeWhile(p => SameLine(p.First, p.Second)).Count();
        var (want, got) = (expected[index], actual[index]);
        var where = expected.Count == 1 ? "" : $"line {index + 1}: ";
        return string.Equals(Squeeze(want), Squeeze(got), StringComparison.OrdinalIgnoreCase)
            ? CheckResult.Wrong($"{where}differs only in letter case (Python output is case-sensitive)")
            : CheckResult.Wrong($"{where}expected `{want}`, got `{got}`");
    }

    private static string Count(int n) => n == 1 ? "1 line" : $"{n} lines";
}
