using Drills.Bot.Drills.Content;
using Drills.Bot.Drills.Verification;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// How <see cref="DrillVerifier"/> schedules runs, with a scripted runner instead of CPython: never more scripts
/// at once than its parallelism; a load-sensitive failure (timeout, disagreeing runs, a timing drill off by a
/// second) is retried once, alone, after every other drill has finished; a wrong key that is wrong every time
/// is not retried; a drill that fails alone too is reported with "also when run alone".
/// </summary>
public sealed class VerifierRetryTests
{
    [Fact]
    public async Task Verify_TimeoutInTheCrowd_IsRetriedAloneAndPasses()
    {
        var drills = Drills(("slow", "print(2)"), ("a", "print(2)"), ("b", "print(2)"), ("c", "print(2)"));
        var runner = new ScriptedRunner((code, call) => call == 1 && code.Contains("# slow", StringComparison.Ordinal) ? Timeout : Printed("2"));

        var report = await new DrillVerifier(runner, parallelism: 2).VerifyAsync(drills, CancellationToken.None);

        Assert.Empty(report.Problems);
        Assert.Equal("retried alone: t-slow (timed out after 10 s): passed", Assert.Single(report.Retried));
        var slow = runner.Calls.Select((c, i) => (c.Code, c.InFlight, Index: i)).Where(c => c.Code.Contains("# slow", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, slow.Count);
        Assert.Equal([runner.Calls.Count - 2, runner.Calls.Count - 1], slow.Skip(1).Select(c => c.Index));
        Assert.All(slow.Skip(1), c => Assert.Equal(1, c.InFlight));
    }

    [Fact]
    public async Task Verify_NeverRunsMoreScriptsThanItsParallelism()
    {
        var drills = Drills(Enumerable.Range(0, 12).Select(i => ($"d{i}", "print(2)")).ToArray());
        var runner = new ScriptedRunner((_, _) => Printed("2"), hold: TimeSpan.FromMilliseconds(5));

        await new DrillVerifier(runner, parallelism: 3).VerifyAsync(drills, CancellationToken.None);

        Assert.Equal(24, runner.Calls.Count);
        Assert.InRange(runner.Calls.Max(c => c.InFlight), 1, 3);
    }

    [Fact]
    public async Task Verify_TimingDrillOffBySecondUnderLoad_IsRetriedAlone()
    {
        var timing = Drill("t-timing", "print('3s')", new NumberAnswer(3, TimeUnit.Seconds, new Tolerance(0.5, false)));
        var runner = new ScriptedRunner((_, call) => Printed(call <= 2 ? "4s" : "3s"));

        var report = await new DrillVerifier(runner, parallelism: 2).VerifyAsync([timing], CancellationToken.None);

        Assert.Empty(report.Problems);
        Assert.StartsWith("retried alone: t-timing (expected: 3, but the code printed \"4s\"", Assert.Single(report.Retried), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WrongKeyEveryTime_IsNotRetried()
    {
        var drills = Drills(("wrong", "print(3)"));
        var runner = new ScriptedRunner((_, _) => Printed("3"));

        var report = await new DrillVerifier(runner, parallelism: 2).VerifyAsync(drills, CancellationToken.None);

        Assert.Contains("t-wrong: the Output block differs at line 1", Assert.Single(report.Problems), StringComparison.Ordinal);
        Assert.Empty(report.Retried);
        Assert.Equal(2, runner.Calls.Count);
    }

    [Fact]
    public async Task Verify_TimeoutAloneToo_FailsAfterTwoAttempts()
    {
        var drills = Drills(("hang", "print(2)"));
        var runner = new ScriptedRunner((_, _) => Timeout);

        var report = await new DrillVerifier(runner, parallelism: 2).VerifyAsync(drills, CancellationToken.None);

        Assert.EndsWith("t-hang: timed out after 10 s (also when run alone)", Assert.Single(report.Problems), StringComparison.Ordinal);
        Assert.Equal(2, runner.Calls.Count);
    }

    private static readonly PythonRun Timeout = new("", null, null, TimedOut: true, "");

    private static PythonRun Printed(string stdout) => new(stdout + "\n", null, null, TimedOut: false, "");

    private static List<Drill> Drills(params (string Name, string Code)[] drills) =>
        drills.Select(d => Drill("t-" + d.Name, $"# {d.Name}\n{d.Code}", new OutputAnswer("2", []))).ToList();

    private static Drill Drill(string id, string code, DrillAnswer answer) =>
        new(id, "test", 1, id, ["c"], "What does this print?", code, answer, "Because.", TimeSpan.FromSeconds(10), $"drills/test/{id}.md");

    /// <summary>Answers each run from a script of (code, how many times this code has run) and records the calls.</summary>
    private sealed class ScriptedRunner(Func<string, int, PythonRun> script, TimeSpan hold = default) : IScriptRunner
    {
        private readonly Dictionary<string, int> counts = [];
        private int inFlight;

        public List<(string Code, int InFlight)> Calls { get; } = [];

        public async Task<PythonRun> RunAsync(string code, TimeSpan timeout, bool console, CancellationToken ct)
        {
            int call;
            lock (Calls)
            {
                inFlight++;
                counts[code] = call = counts.GetValueOrDefault(code) + 1;
                Calls.Add((code, inFlight));
            }

            // A real pause lets concurrent runs overlap; a delay can only lower the overlap seen, never raise it.
            await Task.Delay(hold, ct);
            lock (Calls)
            {
                inFlight--;
            }

            return script(code, call);
        }
    }
}
