using System.Globalization;
using System.Text.RegularExpressions;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Reads the numbers of a typed answer with their units. A comma between digits groups thousands only
/// before exactly three digits (<c>3,000</c>); a single other comma is a decimal comma (<c>2,1</c>); more
/// are a list (<c>max(1,1,1)</c> holds three ones). Number words (<c>two</c>) count when there are no digits.
/// </summary>
internal static partial class NumberReader
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static List<NumberToken> Tokens(string text)
    {
        var tokens = new List<NumberToken>();
        foreach (Match m in Digits().Matches(text))
        {
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var sign = m.Groups["sign"].Value == "-" ? -1 : 1;
            var body = m.Groups["body"];
            foreach (var (number, offset, length) in Values(body.Value))
            {
                var end = offset + length == body.Length ? m.Index + m.Length : body.Index + offset + length;
                tokens.Add(new NumberToken(sign * number, unit, body.Index + offset, end));
            }
        }

        if (tokens.Count == 0)
        {
            foreach (Match m in NumberWords().Matches(text.ToLowerInvariant()))
            {
                tokens.Add(new NumberToken(Array.IndexOf(Words, m.Groups["w"].Value), m.Groups["u"].Value, m.Index, m.Index + m.Length));
            }
        }

        return tokens;
    }

    /// <summary>The numbers a run of digits, commas and a dot stands for, with each one's place in it.</summary>
    private static IEnumerable<(double Number, int Offset, int Length)> Values(string body)
    {
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? "" : body[dot..];
        var groups = whole.Split(',');
        if (groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3)))
        {
            yield return (Parse(string.Concat(groups) + fraction), 0, body.Length);
        }
        else if (groups.Length == 2 && fraction.Length == 0)
        {
            yield return (Parse(groups[0] + "." + groups[1]), 0, body.Length);
        }
        else
        {
            var offset = 0;
            for (var i = 0; i < groups.Length; i++)
            {
                var last = i == groups.Length - 1;
                yield return (Parse(groups[i] + (last ? fraction : "")), offset, groups[i].Length + (last ? fraction.Length : 0));
                offset += groups[i].Length + 1;
            }
        }
    }

    private static double Parse(string s) =>
        double.Parse(s.Length > 0 && s[0] == '.' ? "0" + s : s, NumberStyles.Float, CultureInfo.InvariantCulture);

    // A number not glued to a word ("t1", "v3.12" stay out); a sign only where it cannot be a dash ("1-2").
    [GeneratedRegex(@"(?<![\w.,])(?<sign>[-+])?(?<body>\d+(?:,\d+)*(?:\.\d+)?|\.\d+)(?:\s*(?<u>ms|millis\w*|milli\w*|s|secs?|seconds?|min\w*)(?![A-Za-z]))?(?![\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?<w>zero|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s*(?<u>ms|milli\w*|seconds?|secs?|s|min\w*)(?![a-z]))?")]
    private static partial Regex NumberWords();
}

/// <summary>One number of a typed answer: its value as typed, the unit typed after it, and where it stands.</summary>
internal sealed record NumberToken(double Value, string Unit, int Start, int End);
