using System.Globalization;
using System.Text.RegularExpressions;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Reads the number a prediction gives (<c>2</c>, <c>2.0</c>, <c>~2 seconds</c>, <c>2,000 ms</c>,
/// <c>two</c>) and compares it, in the drill's unit, within the drill's tolerance. When a sentence holds
/// several numbers, the total it ends on counts: the last one after <c>=</c>, <c>-&gt;</c>, "so", "total"
/// and the like (<c>1s each, so 3s total</c> is 3); numbers after "because", "since", "as" or "(" that
/// explain an earlier one are set aside (<c>3s because 3 x 1s</c> is 3). Any other mix of different
/// numbers (<c>2 or 3</c>) is not guessed: the member is asked again.
/// </summary>
public static partial class NumberChecker
{
    public static CheckResult Check(NumberAnswer answer, string prediction)
    {
        var (value, problem) = Reading(prediction, answer.Unit);
        if (value is null)
        {
            return CheckResult.Unrecognised(problem ?? "no number found: type a number such as `2` or `2s`");
        }

        var shown = Show(value.Value);
        if (answer.Tolerance.Accepts(answer.Expected, value.Value))
        {
            return CheckResult.Right(answer.Tolerance.IsExact ? "right" : $"right ({shown} is within the tolerance)");
        }

        return CheckResult.Wrong($"{shown} is outside {answer.Display} ± {ToleranceText(answer)}");
    }

    /// <summary>The number <paramref name="text"/> gives, converted to <paramref name="unit"/>, or null.</summary>
    public static double? Read(string text, TimeUnit? unit) => Reading(text, unit).Value;

    private static (double? Value, string? Problem) Reading(string prediction, TimeUnit? unit)
    {
        var text = DiscordText.Flat(prediction);
        var tokens = NumberReader.Tokens(text);
        if (tokens.Count == 0)
        {
            return (null, null);
        }

        var marked = tokens.Where((t, i) => Marked(text, tokens, i)).ToList();
        if (marked.Count > 0)
        {
            return (Convert(marked[^1], unit), null);
        }

        var cause = Because().Match(text);
        var kept = cause.Success && tokens[0].Start < cause.Index ? tokens.Where(t => t.Start < cause.Index).ToList() : tokens;
        var values = kept.Select(t => Convert(t, unit)).Distinct().ToList();
        return values.Count == 1
            ? (values[0], null)
            : (null, $"several different numbers ({string.Join(", ", values.Select(Show))}): type just your answer, e.g. `{Show(values[^1])}`");
    }

    /// <summary>True when the text just before a number ends in "=", "so", "total"..., or just after it says "total".</summary>
    private static bool Marked(string text, List<NumberToken> tokens, int i)
    {
        var from = i == 0 ? 0 : Math.Min(tokens[i - 1].End, tokens[i].Start);
        var to = i == tokens.Count - 1 ? text.Length : Math.Max(tokens[i + 1].Start, tokens[i].End);
        return MarkBefore().IsMatch(text[from..tokens[i].Start]) || MarkAfter().IsMatch(text[tokens[i].End..to]);
    }

    private static double Convert(NumberToken token, TimeUnit? unit)
    {
        var u = token.Unit.ToLowerInvariant();
        double? seconds = u switch
        {
            "" => null,
            _ when u.StartsWith("ms", StringComparison.Ordinal) || u.StartsWith("milli", StringComparison.Ordinal) => token.Value / 1000,
            _ when u.StartsWith("min", StringComparison.Ordinal) => token.Value * 60,
            _ => token.Value,
        };
        return (unit, seconds) switch
        {
            (null, _) or (_, null) => token.Value,
            (TimeUnit.Milliseconds, double s) => s * 1000,
            (_, double s) => s,
        };
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string ToleranceText(NumberAnswer answer) => answer.Tolerance.IsRelative
        ? $"{answer.Tolerance.Amount * 100:0.#}%"
        : answer.Tolerance.Amount.ToString("0.###", CultureInfo.InvariantCulture);

    // "= 3", "-> 3", "so 3", "so about 3", "so it takes 3", "total: 3", "in all ~3".
    [GeneratedRegex(@"(?:=|≈|->|=>|→|\b(?:so|total|totals|thus|therefore|hence|overall|altogether|in all|makes|equals)\b)(?:\s+[A-Za-z']+){0,3}\s*[:=]?\s*(?:~|≈|about|around|roughly|approx\w*\.?)?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex MarkBefore();

    // "3s total", "3s in total", "3 overall".
    [GeneratedRegex(@"^\s*(?:in\s+)?(?:total|overall|altogether|all)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkAfter();

    [GeneratedRegex(@"\b(?:because|since|as|cause|bc)\b|\(", RegexOptions.IgnoreCase)]
    private static partial Regex Because();
}
