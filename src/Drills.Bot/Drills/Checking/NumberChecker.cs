using System.Globalization;
using System.Text.RegularExpressions;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Reads the first number of a prediction (<c>2</c>, <c>2.0</c>, <c>2s</c>, <c>~2 seconds</c>, <c>2000 ms</c>,
/// <c>two</c>) and compares it, in the drill's unit, within the drill's tolerance.
/// </summary>
public static partial class NumberChecker
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static CheckResult Check(NumberAnswer answer, string prediction)
    {
        var value = Read(prediction, answer.Unit);
        if (value is null)
        {
            return CheckResult.Unrecognised("no number found: type a number such as `2` or `2s`");
        }

        var shown = value.Value.ToString("0.###", CultureInfo.InvariantCulture);
        if (answer.Tolerance.Accepts(answer.Expected, value.Value))
        {
            return CheckResult.Right(answer.Tolerance.IsExact ? "right" : $"right ({shown} is within the tolerance)");
        }

        return CheckResult.Wrong($"{shown} is outside {answer.Display} ± {ToleranceText(answer)}");
    }

    /// <summary>The number in <paramref name="text"/> converted to <paramref name="unit"/>, or null.</summary>
    public static double? Read(string text, TimeUnit? unit)
    {
        var match = NumberPattern().Match(text.Replace(',', '.'));
        double value;
        string spokenUnit;
        if (match.Success)
        {
            value = double.Parse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            spokenUnit = match.Groups["u"].Value.ToLowerInvariant();
        }
        else
        {
            var word = WordPattern().Match(text.ToLowerInvariant());
            if (!word.Success)
            {
                return null;
            }

            value = Array.IndexOf(Words, word.Groups["w"].Value);
            spokenUnit = word.Groups["u"].Value;
        }

        return Convert(value, spokenUnit, unit);
    }

    private static double Convert(double value, string spokenUnit, TimeUnit? unit)
    {
        var seconds = spokenUnit switch
        {
            "" => (double?)null,
            var u when u.StartsWith("ms", StringComparison.Ordinal) || u.StartsWith("milli", StringComparison.Ordinal) => value / 1000,
            var u when u.StartsWith("min", StringComparison.Ordinal) => value * 60,
            _ => value,
        };
        return (unit, seconds) switch
        {
            (null, _) or (_, null) => value,
            (TimeUnit.Milliseconds, double s) => s * 1000,
            (_, double s) => s,
        };
    }

    private static string ToleranceText(NumberAnswer answer) => answer.Tolerance.IsRelative
        ? $"{answer.Tolerance.Amount * 100:0.#}%"
        : answer.Tolerance.Amount.ToString("0.###", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<n>[-+]?(\d+(\.\d+)?|\.\d+))\s*(?<u>ms\b|millis\w*|milli\w*|s\b|secs?\b|seconds?\b|min\w*)?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(?<w>zero|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*(?<u>ms|milli\w*|seconds?|secs?|s|min\w*)?")]
    private static partial Regex WordPattern();
}
