using Drills.Bot.Drills.Verification;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// <c>verify</c> with real CPython: passes a right drill; fails (non-zero, one line per problem) on a wrong
/// answer, a nondeterministic drill and a drill that hangs (after its timeout twice); starts a shim command
/// once and runs its interpreter directly; wants a stdout question or the console's view when the code
/// writes to stderr; lists reviewer-judged choices and checks their letter; passes the repository's packs.
/// </summary>
public sealed class VerifyTests
{
    [Fact]
    public async Task Verify_RightDrill_PrintsCountLast()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill()).Drill("one", "02-b.md", DrillFolder.ChoiceDrill());

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(0, code);
        Assert.Equal("2 drills verified", lines[^1]);
    }

    [Fact]
    public async Task Verify_WrongAnswer_Fails()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(output: "3"));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        var problem = Assert.Single(lines, l => l.Contains("t-one:", StringComparison.Ordinal));
        Assert.Contains("the Output block differs at line 1: the key has \"3\", the code printed \"2\"", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NondeterministicDrill_Fails()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(code: "import os\nprint(os.urandom(8).hex())", output: "x"));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.Contains("t-one: not deterministic: run 1 gave", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_HangingDrill_FailsAfterItsTimeoutTwice()
    {
        using var folder = new DrillFolder().Pack("one");
        var hanging = DrillFolder.OutputDrill(code: "import threading\nthreading.Event().wait()",
            replace: t => t.Replace("kind: output", "kind: output\ntimeout: 1", StringComparison.Ordinal));
        folder.Drill("one", "01-a.md", hanging);

        var (code, lines) = await RunAsync(folder.Root);

        // Killed once among the others and once alone: two timeouts, not a retry loop or a wait for the sleep.
        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.EndsWith("t-one: timed out after 1 s (also when run alone)", StringComparison.Ordinal));
        Assert.Contains("retried alone: t-one (timed out after 1 s): failed again", lines);
    }

    [Fact]
    public async Task Verify_SpinningDrill_TimesOutThoughItNeverWaits()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(code: "while True:\n    pass",
            replace: t => t.Replace("kind: output", "kind: output\ntimeout: 1", StringComparison.Ordinal)));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.EndsWith("t-one: timed out after 1 s (also when run alone)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_ErrorDrill_ChecksTheRealException()
    {
        using var folder = new DrillFolder().Pack("one");
        var error = DrillFolder.OutputDrill(code: "import asyncio\nasync def main():\n    asyncio.run(main())\nasyncio.run(main())")
            .Replace("kind: output", "kind: error\nexpected: RuntimeError\nmessage: running event loop", StringComparison.Ordinal)
            .Replace("## Output\n\n```\n2\n```\n", "", StringComparison.Ordinal);
        folder.Drill("one", "01-a.md", error);

        var (code, lines) = await RunAsync(folder.Root);

        Assert.True(code == 0, string.Join('\n', lines));
    }

    [Fact]
    public async Task Verify_BrokenDrillFile_FailsBeforeRunning()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(replace: t => t.Replace("kind: output", "kind: puzzle", StringComparison.Ordinal)));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        Assert.Equal("verify failed: 1 problem(s) in the drill files", lines[^1]);
    }

    [Fact]
    public async Task Verify_ShimCommand_IsStartedOnceAndItsInterpreterRunsTheDrills()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill()).Drill("one", "02-b.md", DrillFolder.ChoiceDrill());
        var starts = Path.Combine(folder.Root, "shim-starts");
        var shim = Path.Combine(folder.Root, "python-shim");
        File.WriteAllText(shim, $"#!/bin/sh\necho start >> '{starts}'\nexec \"${{DRILLS_PYTHON:-python3}}\" \"$@\"\n");
        Assert.False(OperatingSystem.IsWindows(), "a shell-script shim needs a Unix");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var (code, lines) = await RunAsync(folder.Root, "--python", shim);

        Assert.True(code == 0, string.Join('\n', lines));
        Assert.Single(File.ReadAllLines(starts));
        Assert.DoesNotContain(shim, lines.Single(l => l.StartsWith("ran 2 drills twice with Python 3.", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_StderrDrill_NeedsAStdoutQuestionOrTheConsoleView()
    {
        const string Code = "import sys\nprint(1)\nprint('careful', file=sys.stderr)\nprint(2)";
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill("t-asks", 1, Code, "1\n2"))
            .Drill("one", "02-b.md", DrillFolder.OutputDrill("t-stdout", 2, Code, "1\n2",
                t => t.Replace("What does this print?", "What does this print to stdout?", StringComparison.Ordinal)))
            .Drill("one", "03-c.md", DrillFolder.OutputDrill("t-console", 3, Code, "1\n2",
                t => t.Replace("## Explanation", "## Also accepted\n\n```\n1\ncareful\n2\n```\n\n## Explanation", StringComparison.Ordinal)));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        var problem = Assert.Single(lines, l => l.Contains(": t-", StringComparison.Ordinal) && !l.StartsWith("retried", StringComparison.Ordinal));
        Assert.Contains("t-asks: the code also writes to stderr (\"careful\")", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_JudgedChoice_IsListedAndItsLetterMustMatch()
    {
        const string Prose = "A) It prints nothing\nB) It prints the sum\nC) It raises";
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.ChoiceDrill("t-judged", "B", Prose).Replace("correct: B", "correct: B\njudged: B", StringComparison.Ordinal))
            .Drill("one", "02-b.md", DrillFolder.ChoiceDrill("t-moved", "C", Prose).Replace("correct: C", "correct: C\njudged: B", StringComparison.Ordinal)
                .Replace("number: 2", "number: 3", StringComparison.Ordinal))
            .Drill("one", "03-c.md", DrillFolder.ChoiceDrill("t-prose", "B", Prose).Replace("number: 2", "number: 4", StringComparison.Ordinal));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        Assert.Contains("judged by a reviewer, not by verify: t-judged (correct: B)", lines);
        Assert.Contains(lines, l => l.EndsWith("t-moved: correct: C, but the reviewer judged B right (judged: B)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("t-prose: no option describes what the code does (prints \"2\")", StringComparison.Ordinal));
        Assert.Equal("verify failed: 2 of 3 drills disagree with their answers", lines[^1]);
    }

    [Fact]
    public async Task Verify_RepositoryPacks_AllPass()
    {
        var (code, lines) = await RunAsync(RepositoryPaths.Drills());

        Assert.True(code == 0, string.Join('\n', lines));
        Assert.EndsWith(" drills verified", lines[^1], StringComparison.Ordinal);
    }

    private static async Task<(int Code, string[] Lines)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await VerifyCommand.RunAsync(args, output, TimeProvider.System, CancellationToken.None);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
