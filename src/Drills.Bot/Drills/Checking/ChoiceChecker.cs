using System.Text.RegularExpressions;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>A choice prediction is the option's letter (<c>b</c>, <c>(B)</c>, <c>option b</c>) or its text, any case.</summary>
public static partial class ChoiceChecker
{
    public static CheckResult Check(ChoiceAnswer answer, string prediction)
    {
        var chosen = Resolve(answer, prediction);
        if (chosen is null)
        {
            return CheckResult.Unrecognised($"answer with {answer.LetterList()} or an option's text");
        }

        return chosen.Letter == answer.Correct
            ? CheckResult.Right()
            : CheckResult.Wrong($"you chose {chosen.Letter}; the answer is {answer.Correct}");
    }

    /// <summary>The option a prediction names, or null when it names none.</summary>
    public static ChoiceOption? Resolve(ChoiceAnswer answer, string prediction)
    {
        var text = Normalise(prediction);
        var letter = LetterOnly().Match(text);
        if (letter.Success)
        {
            var c = char.ToUpperInvariant(letter.Groups[1].Value[0]);
            return answer.Options.FirstOrDefault(o => o.Letter == c);
        }

        var withText = LetterAndText().Match(text);
        if (withText.Success)
        {
            var c = char.ToUpperInvariant(withText.Groups[1].Value[0]);
            var option = answer.Options.FirstOrDefault(o => o.Letter == c);
            if (option is not null && SameText(option.Text, withText.Groups[2].Value))
            {
                return option;
            }
        }

        return answer.Options.FirstOrDefault(o => SameText(o.Text, text));
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Normalise(a).TrimEnd('.'), Normalise(b).TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string s) => Whitespace().Replace(s.Trim().Trim('`').Trim(), " ");

    [GeneratedRegex(@"^(?:option\s+)?\(?([A-Za-z])\)?[.):]?$", RegexOptions.IgnoreCase)]
    private static partial Regex LetterOnly();

    [GeneratedRegex(@"^\(?([A-Za-z])[.):]\s*(.+)$")]
    private static partial Regex LetterAndText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
