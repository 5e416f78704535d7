using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// Runs every drill twice and compares the real behaviour with the drill's own answer, through the same
/// checker members are judged by. Problems are returned, one per drill at most.
/// </summary>
public sealed class DrillVerifier(PythonRunner runner, int parallelism)
{
    public async Task<IReadOnlyList<string>> VerifyAsync(IEnumerable<Drill> drills, CancellationToken ct)
    {
        var problems = new System.Collections.Concurrent.ConcurrentBag<(string Path, string Text)>();
        await Parallel.ForEachAsync(drills, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (drill, token) =>
            {
                var problem = await VerifyOneAsync(drill, token);
                if (problem is not null)
                {
                    problems.Add((drill.SourcePath, $"{drill.SourcePath}: {drill.Id}: {problem}"));
                }
            });
        return problems.OrderBy(p => p.Path, StringComparer.Ordinal).Select(p => p.Text).ToList();
    }

    public async Task<string?> VerifyOneAsync(Drill drill, CancellationToken ct)
    {
        var first = await runner.RunAsync(drill.Code, drill.VerifyTimeout, ct);
        if (first.TimedOut)
        {
            return $"timed out after {drill.VerifyTimeout.TotalSeconds:0} s";
        }

        var second = await runner.RunAsync(drill.Code, drill.VerifyTimeout, ct);
        if (second.TimedOut)
        {
            return $"timed out after {drill.VerifyTimeout.TotalSeconds:0} s on the second run";
        }

        if (first.Observable != second.Observable)
        {
            return $"not deterministic: run 1 gave {Quote(first.Observable)}, run 2 gave {Quote(second.Observable)}";
        }

        return Compare(drill.Answer, first);
    }

    internal static string? Compare(DrillAnswer answer, PythonRun run) => answer switch
    {
        OutputAnswer output => NoException(run) ?? Judge(OutputChecker.Check(output, run.Stdout), run.Stdout),
        NumberAnswer number => NoException(run) ?? Judge(NumberChecker.Check(number, LastLine(run.Stdout)), LastLine(run.Stdout)),
        ErrorAnswer error => Raised(run, error.Type, error.Message),
        ChoiceAnswer { RealBehaviour.RaisesType: { } type } choice => Raised(run, type, choice.RealBehaviour.Message),
        ChoiceAnswer choice => NoException(run)
            ?? Judge(OutputChecker.Check(new OutputAnswer(choice.RealBehaviour.Output ?? "", []), run.Stdout), run.Stdout),
        _ => $"unknown answer kind {answer.Kind}",
    };

    private static string? Judge(CheckResult result, string real) =>
        result.IsRight ? null : $"the real output {Quote(real)} does not match the answer ({result.Reason})";

    private static string? NoException(PythonRun run) =>
        run.ExceptionType is null ? null : $"raised {run.ExceptionType}: {run.ExceptionMessage}";

    private static string? Raised(PythonRun run, string type, string? message)
    {
        if (run.ExceptionType is null)
        {
            return $"expected {type}, but the code raised nothing (printed {Quote(run.Stdout)})";
        }

        if (!ErrorChecker.SameType(run.ExceptionType, type))
        {
            return $"expected {type}, but the code raised {run.ExceptionType}: {run.ExceptionMessage}";
        }

        return message is null || (run.ExceptionMessage ?? "").Contains(message, StringComparison.Ordinal)
            ? null
            : $"the message {Quote(run.ExceptionMessage ?? "")} does not contain {Quote(message)}";
    }

    private static string LastLine(string stdout) => OutputChecker.Lines(stdout).LastOrDefault() ?? "";

    private static string Quote(string text)
    {
        var flat = text.Trim().Replace("\n", " / ", StringComparison.Ordinal);
        return "\"" + (flat.Length > 120 ? flat[..117] + "..." : flat) + "\"";
    }
}
