using System.Text.RegularExpressions;
using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// A choice drill's key is checked twice over: its recorded behaviour (<c>## Output</c>, <c>raises</c>) must be
/// what the code does, and exactly one option, the <c>correct</c> one, must describe that behaviour. An option
/// describes it when its text is the printed lines separated by " / " (backticks around an item allowed),
/// followed by the exception's name when the code raises (<c>12 / 0 / TypeError</c>). So a changed letter
/// alone is caught. Drills whose options are prose are marked <c>judged: B</c> instead (a reviewer checked B);
/// the letter is repeated there so that changing <c>correct</c> alone still fails.
/// </summary>
internal static partial class ChoiceKeyCheck
{
    public static string? Check(ChoiceAnswer choice, PythonRun run)
    {
        var behaviour = Behaviour(choice.RealBehaviour, run);
        if (behaviour is not null)
        {
            return behaviour;
        }

        if (choice.Judged is { } judged)
        {
            return judged == choice.Correct
                ? null
                : $"correct: {choice.Correct}, but the reviewer judged {judged} right (judged: {judged})";
        }

        var matching = choice.Options.Where(o => Describes(o.Text, run)).Select(o => o.Letter).ToList();
        return matching switch
        {
            [] => $"no option describes what the code does ({Real(run)}): write the right option as the printed lines "
                + $"separated by ' / ', the exception last, or mark the drill 'judged: {choice.Correct}' for a reviewer",
            [var only] when only == choice.Correct => null,
            [var only] => $"correct: {choice.Correct}, but the code's real behaviour ({Real(run)}) is option {only}",
            _ => $"options {string.Join(" and ", matching)} all describe what the code does ({Real(run)})",
        };
    }

    /// <summary>True when an option's text is exactly the run's printed lines, then its exception if any.</summary>
    public static bool Describes(string option, PythonRun run)
    {
        var items = option.Split(" / ").Select(Unquote).ToList();
        var lines = StrictText.Lines(run.Stdout);
        var printedCount = run.ExceptionType is null ? items.Count : items.Count - 1;
        if (printedCount != lines.Count || !items.Take(printedCount).SequenceEqual(lines, StringComparer.Ordinal))
        {
            return false;
        }

        return run.ExceptionType is null || NamesException(items[^1], run.ExceptionType, run.ExceptionMessage ?? "");
    }

    private static string? Behaviour(RealBehaviour recorded, PythonRun run)
    {
        if (recorded.RaisesType is null)
        {
            return KeyCheck.NoException(run) ?? StrictText.Difference("the Output block", recorded.Output ?? "", run.Stdout);
        }

        var raised = KeyCheck.Raised(run, recorded.RaisesType, recorded.Message);
        if (raised is not null || recorded.Output is not null)
        {
            return raised ?? StrictText.Difference("the Output block", recorded.Output!, run.Stdout);
        }

        return StrictText.Lines(run.Stdout).Count == 0
            ? null
            : $"the code prints {StrictText.Quote(run.Stdout)} before it raises: record that in an Output block";
    }

    /// <summary><c>TypeError</c>, <c>asyncio.CancelledError</c> or <c>TypeError: part of its message</c>.</summary>
    private static bool NamesException(string item, string type, string message)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? item : item[..colon]).Trim();
        var part = colon < 0 ? "" : item[(colon + 1)..].Trim();
        return TypeName().IsMatch(name) && ErrorChecker.SameType(name, type) && message.Contains(part, StringComparison.Ordinal);
    }

    private static string Unquote(string item)
    {
        var trimmed = item.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '`' && trimmed[^1] == '`' ? trimmed[1..^1] : trimmed;
    }

    private static string Real(PythonRun run)
    {
        var printed = StrictText.Lines(run.Stdout).Count == 0 ? "prints nothing" : "prints " + StrictText.Quote(run.Stdout);
        return run.ExceptionType is null ? printed : $"{printed}, then raises {ErrorChecker.ShortName(run.ExceptionType)}";
    }

    [GeneratedRegex(@"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")]
    private static partial Regex TypeName();
}
