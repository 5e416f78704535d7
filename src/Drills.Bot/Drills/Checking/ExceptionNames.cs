using System.Text.RegularExpressions;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// Finds the exception type a typed answer names: a dotted name (<c>asyncio.CancelledError</c>), or up to
/// four words run together when that spells a known class or the drill's own (<c>value error</c>,
/// <c>Unbound local error</c>, <c>frozen instance error</c>). A name that does not look like an exception
/// (no known class, no ending like <c>...Error</c>; <c>error</c> alone is none) is no answer at all.
/// </summary>
internal static partial class ExceptionNames
{
    private const int MaxWords = 4;

    public static string? Pick(string text, string expected)
    {
        var words = TypeName().Matches(text).Select(m => m.Value).ToList();
        for (var end = 0; end < words.Count; end++)
        {
            for (var start = Math.Max(0, end - MaxWords + 1); start <= end; start++)
            {
                var joined = start == end ? words[end] : string.Concat(words[start..(end + 1)].Select(ErrorChecker.ShortName));
                if (Known(joined, expected))
                {
                    return joined;
                }
            }
        }

        return words.FirstOrDefault(w => ExceptionShaped().IsMatch(ErrorChecker.ShortName(w)));
    }

    private static bool Known(string name, string expected) =>
        ErrorChecker.SameType(name, expected) || ExceptionHierarchy.Canonical(name) is not null;

    [GeneratedRegex(@"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\w(Error|Exception|Exit|Interrupt|Iteration|Group|Warning)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptionShaped();
}
