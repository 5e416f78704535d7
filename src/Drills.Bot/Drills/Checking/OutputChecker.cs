using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Compares printed lines: blank lines at the edges, indentation and trailing whitespace are ignored, runs
/// of spaces count as one (see <see cref="OutputLine"/>), and Discord formatting is undone (see
/// <see cref="DiscordText"/>). A one-line prediction of a several-line output may separate lines with
/// <c> / </c> (see <see cref="OutputReadings"/>). Right lines in the wrong order are "close".
/// </summary>
public static class OutputChecker
{
    public static CheckResult Check(OutputAnswer answer, string prediction)
    {
        var readings = OutputReadings.Of(prediction);
        if (readings.All(r => r.Count == 0))
        {
            return CheckResult.Unrecognised("the prediction is empty");
        }

        var accepted = new[] { answer.Expected }.Concat(answer.Alternatives).Select(Lines).ToList();
        if (accepted.Any(expected => OutputReadings.Matches(readings, expected)))
        {
            return CheckResult.Right();
        }

        return Explain(accepted[0], OutputReadings.Best(prediction, accepted[0]));
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

    private static CheckResult Explain(List<string> expected, List<string> actual)
    {
        if (expected.Count != actual.Count)
        {
            return CheckResult.Wrong($"expected {Count(expected.Count)}, got {actual.Count}");
        }

        var sortedExpected = expected.Select(OutputLine.Canonical).Order(StringComparer.Ordinal);
        if (sortedExpected.SequenceEqual(actual.Select(OutputLine.Canonical).Order(StringComparer.Ordinal)))
        {
            return CheckResult.Close("the right lines, in the wrong order");
        }

        var index = expected.Zip(actual).TakeWhile(p => OutputLine.Same(p.First, p.Second)).Count();
        var (want, got) = (expected[index], actual[index].Trim());
        var where = expected.Count == 1 ? "" : $"line {index + 1}: ";
        if (string.Equals(OutputLine.Canonical(want), OutputLine.Canonical(got), StringComparison.OrdinalIgnoreCase))
        {
            return CheckResult.Wrong($"{where}differs only in letter case (Python output is case-sensitive)");
        }

        return OutputLine.Squeezed(want) == OutputLine.Squeezed(got)
            ? CheckResult.Wrong($"{where}the spacing differs: expected `{want}`, got `{got}` (a space Python prints, or does not, counts)")
            : CheckResult.Wrong($"{where}expected `{want}`, got `{got}`");
    }

    private static string Count(int n) => n == 1 ? "1 line" : $"{n} lines";
}
