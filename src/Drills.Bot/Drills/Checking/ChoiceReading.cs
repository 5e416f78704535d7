using System.Text.RegularExpressions;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Finds the option a choice prediction names. In order: the whole text is an option's text; the whole
/// text is one letter, perhaps marked (<c>(b)</c>, <c>answer: B</c>); a letter followed by an option's
/// text (<c>B) 1 second</c>; another option's text refuses); else the single-letter words of a sentence. There <c>I</c> is the pronoun, <c>a</c> or <c>A</c> before a word is the article,
/// and a lower-case letter counts only where a letter is plainly meant: first or last word, in
/// <c>(b)</c> or <c>b)</c>, or after "option", "answer", "choice" or "is". Two different letters refuse.
/// </summary>
internal static partial class ChoiceReading
{
    private static readonly HashSet<string> NotArticleAfter = new(
        ["is", "was", "because", "since", "as", "then", "than", "it", "i", "or", "and", "nor", "not", "but", "vs", "over",
         "instead", "seems", "looks", "would", "will", "wins", "too"], StringComparer.Ordinal);

    public static (ChoiceOption? Option, string? Problem) Read(ChoiceAnswer answer, string prediction)
    {
        var text = Clean(prediction);
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (ByText(answer, text) is { } byText)
        {
            return (byText, null);
        }

        var lone = LoneLetter().Match(text);
        if (lone.Success)
        {
            return Letter(answer, lone.Groups["l"].Value[0]);
        }

        var withText = LetterAndText().Match(text);
        if (withText.Success && ByText(answer, withText.Groups["t"].Value) is { } named)
        {
            var letter = char.ToUpperInvariant(withText.Groups["l"].Value[0]);
            return named.Letter == letter ? (named, null) : (null, $"you wrote {letter} but the text of {named.Letter}: pick one");
        }

        var letters = Mentions(text).Distinct().ToList();
        return letters.Count switch
        {
            0 => (null, null),
            1 => Letter(answer, letters[0]),
            _ => (null, $"you named {string.Join(" and ", letters)}: pick one letter"),
        };
    }

    private static (ChoiceOption?, string?) Letter(ChoiceAnswer answer, char letter)
    {
        var upper = char.ToUpperInvariant(letter);
        var option = answer.Options.FirstOrDefault(o => o.Letter == upper);
        return option is null ? (null, $"there is no option {upper}: {ChoiceChecker.Hint(answer)}") : (option, null);
    }

    private static ChoiceOption? ByText(ChoiceAnswer answer, string text)
    {
        var typed = Comparable(text);
        var unquoted = Comparable(Unquote(text));
        return answer.Options.FirstOrDefault(o => Comparable(o.Text) is var own && (own == typed || own == unquoted));
    }

    /// <summary>Option text and typed text compared alike: no formatting, output-style spacing, any case, no final dot.</summary>
    private static string Comparable(string text) =>
        OutputLine.Canonical(DiscordText.Flat(text)).TrimEnd('.', '!').ToUpperInvariant();

    private static string Clean(string prediction) => Unquote(DiscordText.Flat(prediction).TrimEnd('.', '!', '?').Trim());

    private static string Unquote(string text)
    {
        var t = text.Trim();
        return t.Length >= 2 && t[0] == t[^1] && t[0] is '\'' or '"' ? t[1..^1].Trim() : t;
    }

    /// <summary>The letters a sentence names, upper case, in order (repeats kept; the caller dedupes).</summary>
    private static IEnumerable<char> Mentions(string text)
    {
        foreach (Match m in SingleLetter().Matches(text))
        {
            var c = m.Value[0];
            if (c is 'I' or 'i')
            {
                continue;
            }

            var after = text[(m.Index + 1)..];
            var before = text[..m.Index];
            var nextWord = NextWord().Match(after);
            var isArticle = c is 'a' or 'A' && nextWord.Success && !NotArticleAfter.Contains(nextWord.Groups[1].Value.ToLowerInvariant());
            if (isArticle || AfterNumber().IsMatch(before))
            {
                continue; // "a coroutine", or a unit: "1 s"
            }

            var plain = char.IsUpper(c)
                || !before.Any(char.IsLetterOrDigit) || !after.Any(char.IsLetterOrDigit)
                || before.TrimEnd().EndsWith('(') || after.TrimStart().StartsWith(')')
                || MarkerBefore().IsMatch(before);
            if (plain)
            {
                yield return char.ToUpperInvariant(c);
            }
        }
    }

    // The whole text one letter: "b", "(B)", "B)", "B:", "option b", "answer: B", "answer is (c)".
    [GeneratedRegex(@"^(?:(?:the\s+)?(?:option|answer|choice)(?:\s+is)?\s*[:=-]?\s*)?[(\[]?(?<l>[A-Za-z])[)\]]?\s*[.):]?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneLetter();

    // "B) text", "(b) text", "B. text", "B: text", "B - text", "B, text".
    [GeneratedRegex(@"^[(\[]?(?<l>[A-Za-z])(?:[)\]]|\s*[.:,-]|\s+[–—-])\s*(?<t>.+)$")]
    private static partial Regex LetterAndText();

    // A letter standing alone: not part of a word, an abbreviation ("e.g.") or a contraction ("don't").
    [GeneratedRegex(@"(?<![\w.'’]|\w['’])[A-Za-z](?!\w|['’]\w|\.\w)")]
    private static partial Regex SingleLetter();

    [GeneratedRegex(@"\d\s*$")]
    private static partial Regex AfterNumber();

    [GeneratedRegex(@"^\s+([A-Za-z]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\b(?:option|answer|choice|pick|is)\s*[:=-]?\s*[(\[]?$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerBefore();
}
