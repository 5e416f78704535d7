using Drills.Bot.Drills.Verification;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// <c>verify</c> with real CPython: passes a right drill; fails (non-zero, one line per problem) on a wrong
/// answer, a nondeterministic drill and a drill that hangs; and passes the repository's own packs.
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
        Assert.Contains("the real output \"2\" does not match the answer (expected `3`, got `2`)", problem, StringComparison.Ordinal);
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
    public async Task Verify_HangingDrill_TimesOut()
    {
        using var folder = new DrillFolder().Pack("one");
        var hanging = DrillFolder.OutputDrill(code: "import time\ntime.sleep(60)", replace: t => t.Replace("kind: output", "kind: output\ntimeout: 1", StringComparison.Ordinal));
        folder.Drill("one", "01-a.md", hanging);

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.EndsWith("t-one: timed out after 1 s", StringComparison.Ordinal));
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
    public async Task Verify_RepositoryPacks_AllPass()
    {
        var (code, lines) = await RunAsync(RepositoryPaths.Drills());

        Assert.True(code == 0, string.Join('\n', lines));
        Assert.EndsWith(" drills verified", lines[^1], StringComparison.Ordinal);
    }

    private static async Task<(int Code, string[] Lines)> RunAsync(string folder)
    {
        using var output = new StringWriter();
        var code = await VerifyCommand.RunAsync([folder], output, TimeProvider.System, CancellationToken.None);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
