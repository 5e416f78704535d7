namespace Drills.Bot.Drills.Checking;

/// <summary>
/// The ways a typed output prediction may be read: as typed, without Discord formatting, and, when the
/// drill prints several lines, as one line whose parts are separated by <c> / </c> or <c>/</c> (a trailing
/// separator is ignored). The literal reading is always tried first, so reading more never makes a
/// prediction that was right as typed wrong.
/// </summary>
internal static class OutputReadings
{
    /// <summary>More parts than this in one line are not regrouped (the search would grow too fast).</summary>
    private const int MaxParts = 40;

    /// <summary>The prediction's readings as lines, from the literal one to the plainest.</summary>
    public static List<List<string>> Of(string prediction) =>
        DiscordText.Readings(prediction).Select(OutputChecker.Lines)
            .DistinctBy(lines => string.Join('\n', lines), StringComparer.Ordinal).ToList();

    public static bool Matches(IEnumerable<List<string>> readings, List<string> expected) =>
        readings.Any(reading => SameLines(expected, reading, expected.Count > 1)
            || (expected.Count > 1 && reading.Count == 1 && Separated(reading[0], expected)));

    /// <summary>The reading a wrong answer is explained with: the plainest, split into lines where the drill has several.</summary>
    public static List<string> Best(string prediction, List<string> expected)
    {
        var plainest = OutputChecker.Lines(DiscordText.Plain(prediction));
        if (expected.Count < 2 || plainest.Count != 1)
        {
            return plainest;
        }

        var line = TrimSeparators(plainest[0], expected);
        if (line.Contains(" / ", StringComparison.Ordinal))
        {
            return Parts(line, " / ");
        }

        return !expected.Any(l => l.Contains('/', StringComparison.Ordinal)) && line.Contains('/', StringComparison.Ordinal)
            ? Parts(line, "/")
            : plainest;
    }

    /// <summary>Line by line; where the drill prints several lines, a line may end with a stray <c>/</c>.</summary>
    private static bool SameLines(List<string> expected, List<string> actual, bool looseSlash) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p => OutputLine.Same(p.First, p.Second)
            || (looseSlash && EndsWithStraySlash(p.First, p.Second) && OutputLine.Same(p.First, p.Second.TrimEnd()[..^1])));

    private static bool EndsWithStraySlash(string expected, string actual) =>
        actual.TrimEnd().EndsWith('/') && !expected.TrimEnd().EndsWith('/');

    private static bool Separated(string line, List<string> expected)
    {
        var text = TrimSeparators(line, expected);
        var spaced = Parts(text, " / ");
        if (spaced.Count <= MaxParts && Regroup(spaced, 0, expected, 0))
        {
            return true;
        }

        // A bare '/' splits only when no printed line holds one, so no part of a real line is ever cut off.
        if (expected.Any(l => l.Contains('/', StringComparison.Ordinal)))
        {
            return false;
        }

        var bare = Parts(text, "/");
        return bare.Count == expected.Count && expected.Zip(bare).All(p => OutputLine.Same(p.First, p.Second));
    }

    /// <summary>True when consecutive parts, joined again with " / ", give the expected lines in order.</summary>
    private static bool Regroup(List<string> parts, int part, List<string> expected, int line)
    {
        if (line == expected.Count)
        {
            return part == parts.Count;
        }

        for (var end = part + 1; end <= parts.Count - (expected.Count - line - 1); end++)
        {
            if (OutputLine.Same(expected[line], string.Join(" / ", parts[part..end])) && Regroup(parts, end, expected, line + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Without a leading or trailing separator, unless the drill's own first or last line has it.</summary>
    private static string TrimSeparators(string line, List<string> expected)
    {
        var text = line.Trim();
        if (text.EndsWith('/') && !expected[^1].TrimEnd().EndsWith('/'))
        {
            text = text[..^1].TrimEnd();
        }

        if (text.StartsWith('/') && !expected[0].TrimStart().StartsWith('/'))
        {
            text = text[1..].TrimStart();
        }

        return text;
    }

    private static List<string> Parts(string line, string separator) =>
        line.Split(separator).Select(DiscordText.UnwrapLine).ToList();
}
