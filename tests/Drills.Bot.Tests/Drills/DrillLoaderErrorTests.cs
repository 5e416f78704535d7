using Drills.Bot.Drills.Content;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// Loader messages point at the cause of common slips, with no cascade of follow-on problems: a front
/// matter never closed (drill and pack file), a fence never closed (in the code, in the output, at the end
/// of the file), a duplicate id or number (at its real line, naming both files), a missing field (at the
/// closing '---'), a missing section (at the end of the file), and quoted values (unquoted as YAML would).
/// </summary>
public sealed class DrillLoaderErrorTests
{
    [Theory]
    [InlineData("kind: output\n---\n", "kind: output\n")]
    [InlineData("kind: output\n---\n", "kind: output\n\n", "One plus one is two.", "One plus one is two.\n\n---\n\nMore.")]
    public void Load_FrontMatterNeverClosed_IsOneProblemAtTheOpeningLine(string find, string replaceWith, string find2 = "", string replaceWith2 = "")
    {
        var problem = SingleProblem(DrillFolder.OutputDrill(replace: t => Edit(Edit(t, find, replaceWith), find2, replaceWith2)));

        Assert.Equal((1, "front matter"), (problem.Line, problem.Field));
        Assert.Equal("the front matter opened here is never closed: add a '---' line after line 6", problem.Message);
    }

    [Fact]
    public void Load_PackFileFrontMatterNeverClosed_IsOneProblem()
    {
        using var folder = new DrillFolder().Pack("basics");
        File.WriteAllText(Path.Combine(folder.Root, "basics", "pack.md"), "---\ntitle: Basics\norder: 1\n\nA pack for tests.\n");
        folder.Drill("basics", "01-add.md", DrillFolder.OutputDrill());

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.EndsWith(Path.Combine("basics", "pack.md"), problem.File, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
        Assert.Equal("the front matter opened here is never closed: add a '---' line after line 3", problem.Message);
    }

    [Theory]
    [InlineData("print(1 + 1)\n```\n", "print(1 + 1)\n", 15, "this ``` block is never closed; it runs on into '## Output' at line 18")]
    [InlineData("2\n```\n", "2\n", 21, "this ``` block is never closed; it runs on into '## Explanation' at line 24")]
    [InlineData("One plus one is two.", "One plus one is two.\n\n```\nprint(2)", 29, "this ``` block is never closed")]
    public void Load_FenceNeverClosed_IsOneProblemAtItsOpeningLine(string find, string replaceWith, int line, string message)
    {
        var problem = SingleProblem(DrillFolder.OutputDrill(replace: t => Edit(t, find, replaceWith)));

        Assert.Equal((line, "code block", message), (problem.Line, problem.Field, problem.Message));
    }

    [Fact]
    public void Load_DuplicateId_IsReportedAtItsLineInTheSecondFile_NamingBoth()
    {
        using var folder = new DrillFolder().Pack("one", order: "1").Pack("two", order: "2");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(id: "same"))
            .Drill("two", "01-b.md", DrillFolder.OutputDrill(id: "same", replace: t => Edit(t, "id: same\nnumber: 1\n", "number: 1\nid: same\n")));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.EndsWith(Path.Combine("two", "01-b.md"), problem.File, StringComparison.Ordinal);
        Assert.Equal((3, "id"), (problem.Line, problem.Field));
        Assert.StartsWith("'same' is already used by ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("one", "01-a.md") + " (line 2)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateNumber_IsReportedAtItsLine_NamingBoth()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill(id: "a", number: 4))
            .Drill("one", "02-b.md", DrillFolder.OutputDrill(id: "b", number: 4, replace: t => Edit(t, "id: b\nnumber: 4\n", "number: 4\nid: b\n")));

        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);

        Assert.EndsWith(Path.Combine("one", "02-b.md"), problem.File, StringComparison.Ordinal);
        Assert.Equal((2, "number"), (problem.Line, problem.Field));
        Assert.EndsWith(Path.Combine("one", "01-a.md") + " (line 3)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: Addition\n", 6, "title")]
    [InlineData("kind: output\n", 6, "kind")]
    [InlineData("id: t-one\n", 6, "id")]
    public void Load_MissingField_IsReportedAtTheClosingLine(string remove, int line, string field)
    {
        var problem = SingleProblem(DrillFolder.OutputDrill(replace: t => Edit(t, remove, "")));

        Assert.Equal((line, field), (problem.Line, problem.Field));
        Assert.Equal($"missing: add '{field}: ...' before the closing '---'", problem.Message);
    }

    [Fact]
    public void Load_MissingSection_IsReportedAtTheEndOfTheFile()
    {
        var problem = SingleProblem(DrillFolder.OutputDrill(replace: t => Edit(t, "## Question\n\nWhat does this print?\n\n", "")));

        Assert.Equal((23, "Question", "missing section '## Question'"), (problem.Line, problem.Field, problem.Message));
    }

    [Theory]
    [InlineData("title: \"Sequential awaits\"", "Sequential awaits")]
    [InlineData("title: 'Sequential awaits'", "Sequential awaits")]
    [InlineData("title: \"'Quoted' on purpose\"", "'Quoted' on purpose")]
    [InlineData("title: 'NoneType' object", "'NoneType' object")]
    [InlineData("title: \"half", "\"half")]
    public void Load_QuotedValue_IsUnquotedAsYamlWould(string line, string title)
    {
        using var folder = new DrillFolder().Pack("basics");
        folder.Drill("basics", "01-add.md", DrillFolder.OutputDrill(replace: t => Edit(t, "title: Addition", line)));

        var result = DrillLoader.Load(folder.Root);

        Assert.Empty(result.Problems);
        Assert.Equal(title, result.Catalog.Find("t-one")!.Title);
    }

    [Fact]
    public void Load_QuotedEmptyValue_IsEmpty()
    {
        var problem = SingleProblem(DrillFolder.OutputDrill(replace: t => Edit(t, "title: Addition", "title: \"\"")));

        Assert.Equal((4, "title", "empty"), (problem.Line, problem.Field, problem.Message));
    }

    private static DrillProblem SingleProblem(string drillText)
    {
        using var folder = new DrillFolder().Pack("basics");
        folder.Drill("basics", "01-add.md", drillText);
        var problem = Assert.Single(DrillLoader.Load(folder.Root).Problems);
        Assert.EndsWith(Path.Combine("basics", "01-add.md"), problem.File, StringComparison.Ordinal);
        return problem;
    }

    private static string Edit(string text, string find, string replaceWith)
    {
        if (find.Length == 0)
        {
            return text;
        }

        Assert.Contains(find, text, StringComparison.Ordinal); // the edit must really break the file
        return text.Replace(find, replaceWith, StringComparison.Ordinal);
    }
}
