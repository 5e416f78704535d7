using System.Collections.Concurrent;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// Runs every drill twice and compares its real behaviour with its answer key (<see cref="KeyCheck"/>). At most
/// <c>parallelism</c> scripts run at once (one a core: more only makes every timing worse). A drill whose
/// failure load can cause (<see cref="DrillOutcome.LoadSensitive"/>) is retried once, alone, after the
/// others have finished, and fails only if it fails again: so a real hang costs twice its timeout.
/// </summary>
public sealed class DrillVerifier(IScriptRunner runner, int parallelism)
{
    public async Task<VerifyReport> VerifyAsync(IReadOnlyList<Drill> drills, CancellationToken ct)
    {
        var outcomes = new ConcurrentDictionary<Drill, DrillOutcome>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(drills, options, async (drill, token) => outcomes[drill] = await VerifyOneAsync(drill, token));

        var retried = new List<string>();
        foreach (var drill in drills.Where(d => outcomes[d] is { Passed: false, LoadSensitive: true }))
        {
            var first = outcomes[drill];
            var again = await VerifyOneAsync(drill, ct);
            retried.Add($"retried alone: {drill.Id} ({string.Join("; ", first.Problems)}): {(again.Passed ? "passed" : "failed again")}");
            outcomes[drill] = again.Passed ? again : again with { Problems = [.. again.Problems.Select(p => p + " (also when run alone)")] };
        }

        var problems = drills.Select(d => outcomes[d]).Where(o => !o.Passed)
            .OrderBy(o => o.Drill.SourcePath, StringComparer.Ordinal).Select(o => o.Line).ToList();
        var judged = drills.Where(d => d.Answer is ChoiceAnswer { Judged: not null }).ToList();
        return new VerifyReport(problems, retried, judged);
    }

    public async Task<DrillOutcome> VerifyOneAsync(Drill drill, CancellationToken ct)
    {
        var seconds = $"{drill.VerifyTimeout.TotalSeconds:0} s";
        var first = await runner.RunAsync(drill.Code, drill.VerifyTimeout, console: false, ct);
        if (first.TimedOut)
        {
            return new(drill, [$"timed out after {seconds}"], LoadSensitive: true);
        }

        var second = await runner.RunAsync(drill.Code, drill.VerifyTimeout, console: false, ct);
        if (second.TimedOut)
        {
            return new(drill, [$"timed out after {seconds} on the second run"], LoadSensitive: true);
        }

        if (first.Observable != second.Observable)
        {
            var (a, b) = (StrictText.Quote(first.Observable), StrictText.Quote(second.Observable));
            return new(drill, [$"not deterministic: run 1 gave {a}, run 2 gave {b}"], LoadSensitive: true);
        }

        var problems = KeyCheck.Check(drill, first);
        var (consoleProblems, consoleAccepted, consoleTimedOut) = await CheckAlternativesAsync(drill, first, ct);
        problems.AddRange(consoleProblems);
        if (KeyCheck.Stderr(drill, first, consoleAccepted) is { } stderr)
        {
            problems.Add(stderr);
        }

        var timing = drill.Answer is NumberAnswer { Unit: not null };
        return new(drill, problems, LoadSensitive: consoleTimedOut || timing);
    }

    /// <summary>
    /// Each <c>## Also accepted</c> block must be the real stdout or the console's view (stdout and stderr
    /// together, as a terminal shows them), which takes one more run, in console mode.
    /// </summary>
    private async Task<(List<string> Problems, bool ConsoleAccepted, bool TimedOut)> CheckAlternativesAsync(Drill drill, PythonRun run, CancellationToken ct)
    {
        if (drill.Answer is not OutputAnswer { Alternatives.Count: > 0 } output)
        {
            return ([], false, false);
        }

        var others = output.Alternatives.Select((text, i) => (Text: text, Number: i + 1)).Where(a => !StrictText.Same(a.Text, run.Stdout)).ToList();
        if (others.Count == 0)
        {
            return ([], false, false);
        }

        var console = await runner.RunAsync(drill.Code, drill.VerifyTimeout, console: true, ct);
        if (console.TimedOut)
        {
            return ([$"timed out after {drill.VerifyTimeout.TotalSeconds:0} s in the console view"], false, true);
        }

        var problems = others.Where(a => !StrictText.Same(a.Text, console.Stdout))
            .Select(a => $"Also accepted block {a.Number} is neither the real stdout nor the console's view (stdout and stderr together): "
                + StrictText.Difference("it", a.Text, console.Stdout))
            .ToList();
        return (problems, problems.Count < others.Count, false);
    }
}
