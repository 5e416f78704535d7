using Drills.Bot.Drills.Content;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// The strict loader: each broken-file case names file, line and field, and all problems come at once.
/// Cases: missing field, unknown answer kind, duplicate id across packs, duplicate number in a pack,
/// choice answer not among the options, empty code, unknown field, unknown section, missing pack.md.
/// </summary>
public sealed class DrillLoaderTests
{
    [Fact]
    public void Load_ValidPack_ParsesEveryField()
    {
        using var folder = new DrillFolder().Pack("basics", "Basics", "2");
        folder.Drill("basics", "01-add.md", DrillFolder.OutputDrill()).Drill("basics", "02-pick.md", DrillFolder.ChoiceDrill());

        var result = DrillLoader.Load(folder.Root);

        Assert.Empty(result.Problems);
        var pack = Assert.Single(result.Catalog.Packs);
        Assert.Equal(("basics", "Basics", 2), (pack.Id, pack.Title, pack.Order));
        var drill = pack.Drills[0];
        Assert.Equal(("t-one", 1, "Addition"), (drill.Id, drill.Number, drill.Title));
        Assert.Equal(["arithmetic", "print"], drill.Concepts);
        Assert.Equal("print(1 + 1)", drill.Code);
        Assert.Equal("What does this print?", drill.Question);
        Assert.Equal("2", Assert.IsType<OutputAnswer>(drill.Answer).Expected);
        var choice = Assert.IsType<ChoiceAnswer>(pack.Drills[1].Answer);
        Assert.Equal('B', choice.Correct);
        Assert.Equal(3, choice.Options.Count);
    }

    [Theory]
    [InlineData("title: Addition\n", "", 6, "title", "missing")]
    [InlineData("kind: output", "kind: riddle", 6, "kind", "unknown answer kind 'riddle'")]
    [InlineData("print(1 + 1)", "", 15, "Code", "empty code")]
    [InlineData("kind: output", "kind: output\ncolour: blue", 7, "colour", "unknown field")]
    [InlineData("## Explanation", "## Hint\n\nx\n\n## Explanation", 25, "Hint", "unknown section")]
    [InlineData("number: 1", "number: one", 3, "number", "not a whole number")]
    [InlineData("id: t-one", "id: T One", 2, "id", "lowercase")]
    public void Load_BrokenField_NamesFileLineAndField(string find, string replaceWith, int line, string field, string message)
    {
        using var folder = new DrillFolder().Pack("basics");
        folder.Drill("basics", "01-add.md", DrillFolder.OutputDrill(replace: t => t.Replace(find, replaceWith, StringComparison.Ordinal)));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.EndsWith(Path.Combine("basics", "01-add.md"), problem.File, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdAcrossPacks_IsReported()
    {
        using var folder = new DrillFolder().Pack("one", order: "1").Pack("two", order: "2");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(id: "same")).Drill("two", "01-b.md", DrillFolder.OutputDrill(id: "same"));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.Equal("id", problem.Field);
        Assert.Contains("'same' is already used by", problem.Message, StringComparison.Ordinal);
        Assert.Contains("01-b.md", problem.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateNumberInPack_IsReported()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(id: "a", number: 4)).Drill("one", "02-b.md", DrillFolder.OutputDrill(id: "b", number: 4));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.Equal("number", problem.Field);
        Assert.Contains("number 4 is already used in pack 'one'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChoiceAnswerNotAmongOptions_IsReported()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.ChoiceDrill(correct: "E"));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.Equal(("correct", 7), (problem.Field, problem.Line));
        Assert.Contains("'E' is not among the options (A, B, C)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A) 1", "2-5 options, found 1")]
    [InlineData("A) 1\nC) 3", "expected 'B) text'")]
    [InlineData("A) 1\nB) 1", "given twice")]
    public void Load_BadOptions_AreReported(string options, string message)
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.ChoiceDrill(correct: "A", options: options));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.Equal("Options", problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralBrokenFiles_ReportsEveryProblemAtOnce()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(id: "a", replace: t => t.Replace("title: Addition\n", "", StringComparison.Ordinal)))
            .Drill("one", "02-b.md", DrillFolder.OutputDrill(id: "b", number: 2, replace: t => t.Replace("kind: output", "kind: poem", StringComparison.Ordinal)))
            .Drill("one", "03-c.md", DrillFolder.ChoiceDrill(id: "c", correct: "Z"));

        var problems = DrillLoader.Load(folder.Root).Problems;

        Assert.Equal(["title", "kind", "correct"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Load_PackWithoutPackFile_IsReported()
    {
        using var folder = new DrillFolder();
        Directory.CreateDirectory(Path.Combine(folder.Root, "loose"));
        folder.Drill("loose", "01-a.md", DrillFolder.OutputDrill());

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.Contains("missing pack.md", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HeadingInsideCode_IsCodeNotASection()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(code: "## not a section\nprint(1 + 1)"));

        var result = DrillLoader.Load(folder.Root);

        Assert.Empty(result.Problems);
        Assert.StartsWith("## not a section", result.Catalog.Find("t-one")!.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepositoryDrills_HaveNoProblems()
    {
        var drills = RepositoryPaths.Drills();

        var result = DrillLoader.Load(drills);

        Assert.Empty(result.Problems);
        Assert.True(result.Catalog.Count >= 14, $"expected at least the async pack, found {result.Catalog.Count} drills");
    }

    [Fact]
    public void Load_SinglePackFolder_LoadsThatPack()
    {
        using var folder = new DrillFolder().Pack("basics");
        folder.Drill("basics", "01-add.md", DrillFolder.OutputDrill());

        var result = DrillLoader.Load(Path.Combine(folder.Root, "basics"));

        Assert.Empty(result.Problems);
        Assert.Equal("basics", Assert.Single(result.Catalog.Packs).Id);
    }
}
