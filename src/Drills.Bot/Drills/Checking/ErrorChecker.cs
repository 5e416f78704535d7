using System.Text.RegularExpressions;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Compares the exception type a prediction names with the drill's. Only the last dotted part counts, in
/// any case and spacing: <c>asyncio.CancelledError</c>, <c>cancellederror</c> and <c>Cancelled error</c>
/// agree. Naming a base class of the real exception (<c>LookupError</c> for <c>KeyError</c>,
/// <c>Exception</c> for most) is "close", with the reason (see <see cref="ExceptionHierarchy"/>).
/// </summary>
public static partial class ErrorChecker
{
    public static CheckResult Check(ErrorAnswer answer, string prediction)
    {
        // Backticks go, but not the '_' and '*' a message may hold ("no attribute '__slots__'"): Flat is for the name.
        var text = string.Join(' ', DiscordText.Plain(prediction).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            .Replace("`", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return CheckResult.Unrecognised("the prediction is empty: type an exception name such as `RuntimeError`");
        }

        var expected = ShortName(answer.Type);
        if (NoError().IsMatch(DiscordText.Flat(text)))
        {
            return CheckResult.Wrong($"it does raise: {expected}");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var messagePart = colon < 0 ? "" : text[(colon + 1)..].Trim();
        var predicted = ExceptionNames.Pick(DiscordText.Flat(colon < 0 ? text : text[..colon]), expected);
        if (predicted is null)
        {
            return CheckResult.Unrecognised("name an exception type, such as `RuntimeError`");
        }

        if (!SameType(predicted, answer.Type))
        {
            return Differs(predicted, expected);
        }

        if (answer.MessageRequired && answer.Message is not null && !Contains(messagePart, answer.Message))
        {
            return CheckResult.Close($"the right exception, but the message should mention \"{answer.Message}\"");
        }

        return CheckResult.Right();
    }

    /// <summary>True when two type names mean the same exception (the last dotted part, any case, aliases resolved).</summary>
    public static bool SameType(string a, string b) =>
        string.Equals(ExceptionHierarchy.Canonical(a) ?? ShortName(a), ExceptionHierarchy.Canonical(b) ?? ShortName(b), StringComparison.OrdinalIgnoreCase);

    public static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static CheckResult Differs(string predicted, string expected)
    {
        var named = ExceptionHierarchy.Canonical(predicted) ?? ShortName(predicted);
        if (ExceptionHierarchy.IsBaseOf(named, expected) == true)
        {
            return CheckResult.Close($"{named} is a base class of {expected}, the exception it raises: name the exact class");
        }

        if (named == "Exception" && ExceptionHierarchy.IsBaseOf("Exception", expected) == false)
        {
            return CheckResult.Wrong($"it raises {expected}, which is not an Exception subclass (it derives from BaseException directly)");
        }

        return CheckResult.Wrong($"you named {named}; it raises {expected}");
    }

    private static bool Contains(string haystack, string needle) =>
        Squash(haystack).Contains(Squash(needle), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string s) => Whitespace().Replace(s.Trim().Trim('"', '\''), " ");

    [GeneratedRegex(@"^(no (error|exception)s?|none|nothing|it (runs|works)( fine)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoError();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
