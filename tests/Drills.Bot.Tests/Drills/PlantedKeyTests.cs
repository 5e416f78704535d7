using Drills.Bot.Drills.Verification;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// A real drill copied to a temp folder with one plausible wrong key planted: verify must fail and name the
/// drill. One case per kind of wrong key: a choice letter changed alone, a wrong Also accepted block, an
/// output key off only in spacing inside a line, a number key moved within its tolerance, a choice's
/// recorded output changed, a stderr drill asking "what does this print?". The unplanted copies pass.
/// </summary>
public sealed class PlantedKeyTests
{
    private const string SuppressLoop = "context/07-suppress-whole-loop.md";
    private const string AliasRebind = "names/01-alias-rebind.md";
    private const string Gather = "async/04-gather.md";
    private const string CoroutineVsTask = "async/02-coroutine-vs-task.md";

    [Fact]
    public async Task Verify_UnplantedCopies_Pass()
    {
        using var folder = CopyOf((SuppressLoop, null), (AliasRebind, null), (Gather, null), (CoroutineVsTask, null));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.True(code == 0, string.Join('\n', lines));
    }

    [Theory]
    [InlineData(SuppressLoop, "correct: B", "correct: A", "context-suppress-whole-loop: correct: A, but the code's real behaviour (prints \"[10]\") is option B")]
    [InlineData(AliasRebind, "## Explanation", "## Also accepted\n\n```\n[1, 2, 3]\n[0, 5]\n```\n\n## Explanation", "names-alias-rebind: Also accepted block 1 is neither the real stdout nor the console's view")]
    [InlineData(AliasRebind, "```\n[1, 2, 3, 4]\n", "```\n[1, 2,  3, 4]\n", "names-alias-rebind: the Output block differs at line 1: the key has \"[1, 2,  3, 4]\", the code printed \"[1, 2, 3, 4]\"")]
    [InlineData(Gather, "expected: 1\n", "expected: 1.5\n", "async-gather: expected: 1.5, but the code printed \"1s\"")]
    [InlineData(SuppressLoop, "```\n[10]\n```", "```\n[10, 30]\n```", "context-suppress-whole-loop: the Output block differs at line 1")]
    [InlineData(CoroutineVsTask, "What does this print to stdout?", "What does this print?", "async-coroutine-vs-task: the code also writes to stderr")]
    public async Task Verify_PlantedWrongKey_FailsNamingTheDrill(string drill, string find, string plant, string expected)
    {
        using var folder = CopyOf((drill, t =>
        {
            Assert.Contains(find, t, StringComparison.Ordinal);
            return t.Replace(find, plant, StringComparison.Ordinal);
        }));

        var (code, lines) = await RunAsync(folder.Root);

        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("verify failed: 1 of 1 drills disagree with their answers", lines[^1]);
    }

    /// <summary>A temp drills folder holding copies of repository drills, each edited by its function.</summary>
    private static DrillFolder CopyOf(params (string Path, Func<string, string>? Edit)[] drills)
    {
        var folder = new DrillFolder();
        foreach (var (path, edit) in drills)
        {
            var pack = path.Split('/')[0];
            if (!Directory.Exists(Path.Combine(folder.Root, pack)))
            {
                folder.Pack(pack, order: (drills.ToList().FindIndex(d => d.Path == path) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Drills(), path)).Replace("\r\n", "\n", StringComparison.Ordinal);
            folder.Drill(pack, Path.GetFileName(path), edit is null ? text : edit(text));
        }

        return folder;
    }

    private static async Task<(int Code, string[] Lines)> RunAsync(string folder)
    {
        using var output = new StringWriter();
        var code = await VerifyCommand.RunAsync([folder], output, TimeProvider.System, CancellationToken.None);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
