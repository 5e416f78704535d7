using System.Globalization;
using System.Text.RegularExpressions;
using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// Compares a drill's answer key with what its code really did. Stricter than the checker members are judged
/// by: the key is what the reveal shows, so it must be the real output exactly, the real number exactly, the
/// real exception; and the real output, typed as a prediction, must also pass the drill's own checker.
/// </summary>
internal static partial class KeyCheck
{
    /// <summary>The problems with <paramref name="drill"/>'s key given one run of its code (empty: none).</summary>
    public static List<string> Check(Drill drill, PythonRun run)
    {
        var problem = drill.Answer switch
        {
            OutputAnswer output => NoException(run)
                ?? StrictText.Difference("the Output block", output.Expected, run.Stdout)
                ?? CheckerAccepts(output, run.Stdout),
            NumberAnswer number => NoException(run) ?? NumberKey(number, LastLine(run.Stdout)) ?? CheckerAccepts(number, LastLine(run.Stdout)),
            ErrorAnswer error => Raised(run, error.Type, error.Message),
            ChoiceAnswer choice => ChoiceKeyCheck.Check(choice, run),
            _ => $"unknown answer kind {drill.Answer.Kind}",
        };
        return problem is null ? [] : [problem];
    }

    /// <summary>
    /// A program that also writes to stderr shows more in a console than its stdout; unless the question says
    /// it asks for stdout, or a key gives the console's view, a learner who types what they saw is marked wrong.
    /// </summary>
    public static string? Stderr(Drill drill, PythonRun run, bool consoleViewAccepted)
    {
        var stderr = StrictText.Lines(run.Stderr);
        if (drill.Answer is ErrorAnswer || stderr.Count == 0 || consoleViewAccepted
            || drill.Question.Contains("stdout", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"the code also writes to stderr ({StrictText.Show(stderr[0])}): the question must ask what it prints to stdout, "
            + "or an Also accepted block must give the console's view";
    }

    internal static string? NoException(PythonRun run) =>
        run.ExceptionType is null ? null : $"raised {run.ExceptionType}: {run.ExceptionMessage}";

    internal static string? Raised(PythonRun run, string type, string? message)
    {
        if (run.ExceptionType is null)
        {
            return $"expected {type}, but the code raised nothing (printed {StrictText.Quote(run.Stdout)})";
        }

        if (!ErrorChecker.SameType(run.ExceptionType, type))
        {
            return $"expected {type}, but the code raised {run.ExceptionType}: {run.ExceptionMessage}";
        }

        return message is null || (run.ExceptionMessage ?? "").Contains(message, StringComparison.Ordinal)
            ? null
            : $"the message {StrictText.Show(run.ExceptionMessage ?? "")} does not contain {StrictText.Show(message)}";
    }

    /// <summary>
    /// The key must be the number the code printed, not merely within the learner's tolerance of it: the
    /// reveal shows the key. Timing drills print their elapsed time rounded, so load cannot move it.
    /// </summary>
    private static string? NumberKey(NumberAnswer answer, string line)
    {
        var match = PrintedNumber().Match(line);
        if (!match.Success)
        {
            return $"the last line {StrictText.Show(line)} is not a number: print the value alone, e.g. print(f\"{{elapsed:.0f}}s\")";
        }

        var value = double.Parse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var printed = (match.Groups["u"].Value, answer.Unit) switch
        {
            ("ms", TimeUnit.Seconds) => value / 1000,
            ("s", TimeUnit.Milliseconds) => value * 1000,
            _ => value,
        };
        return Math.Abs(printed - answer.Expected) < 1e-9
            ? null
            : $"expected: {answer.Expected.ToString("0.###", CultureInfo.InvariantCulture)}, but the code printed {StrictText.Show(line)}";
    }

    private static string? CheckerAccepts(DrillAnswer answer, string real)
    {
        var result = AnswerChecker.Check(answer, real);
        return result.IsRight ? null : $"the real output {StrictText.Quote(real)}, typed as a prediction, is not judged right ({result.Reason})";
    }

    private static string LastLine(string stdout) => StrictText.Lines(stdout).LastOrDefault() ?? "";

    [GeneratedRegex(@"^~?(?<n>[-+]?\d+(\.\d+)?)\s*(?<u>ms|s)?$")]
    private static partial Regex PrintedNumber();
}
