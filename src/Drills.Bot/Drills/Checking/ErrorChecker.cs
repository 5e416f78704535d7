using System.Text.RegularExpressions;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Compares the exception type a prediction names with the drill's: only the last dotted part counts, so
/// <c>asyncio.CancelledError</c>, <c>asyncio.exceptions.CancelledError</c> and <c>CancelledError</c> agree.
/// </summary>
public static partial class ErrorChecker
{
    public static CheckResult Check(ErrorAnswer answer, string prediction)
    {
        var text = prediction.Trim().Trim('`').Trim();
        if (text.Length == 0)
        {
            return CheckResult.Unrecognised("the prediction is empty: type an exception name such as `RuntimeError`");
        }

        if (NoError().IsMatch(text))
        {
            return CheckResult.Wrong($"it does raise: {ShortName(answer.Type)}");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var typePart = colon < 0 ? text : text[..colon];
        var messagePart = colon < 0 ? "" : text[(colon + 1)..].Trim();
        var predicted = PickType(typePart);
        if (predicted is null)
        {
            return CheckResult.Unrecognised("name an exception type, such as `RuntimeError`");
        }

        if (!SameType(predicted, answer.Type))
        {
            return CheckResult.Wrong($"you named {predicted}; it raises {ShortName(answer.Type)}");
        }

        if (answer.MessageRequired && answer.Message is not null && !Contains(messagePart, answer.Message))
        {
            return CheckResult.Close($"the right exception, but the message should mention \"{answer.Message}\"");
        }

        return CheckResult.Right();
    }

    /// <summary>True when two type names mean the same exception (the last dotted part, any case).</summary>
    public static bool SameType(string a, string b) =>
        string.Equals(ShortName(a), ShortName(b), StringComparison.OrdinalIgnoreCase);

    public static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static string? PickType(string typePart)
    {
        var names = TypeName().Matches(typePart).Select(m => m.Value).ToList();
        return names.FirstOrDefault(n => ExceptionShaped().IsMatch(ShortName(n))) ?? names.LastOrDefault();
    }

    private static bool Contains(string haystack, string needle) =>
        Squash(haystack).Contains(Squash(needle), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string s) => Whitespace().Replace(s.Trim().Trim('"', '\''), " ");

    [GeneratedRegex(@"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"(Error|Exception|Exit|Interrupt|Iteration|Group|Warning)$")]
    private static partial Regex ExceptionShaped();

    [GeneratedRegex(@"^(no (error|exception)s?|none|nothing|it (runs|works)( fine)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoError();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
