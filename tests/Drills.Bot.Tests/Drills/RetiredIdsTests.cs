using Drills.Bot.Drills.Content;

namespace Drills.Bot.Tests.Drills;

/// <summary>
/// Ids listed in <c>drills/RETIRED.md</c> stay unused for ever: the loader refuses a drill that takes one, at
/// its id line, whether the whole drills folder or a single pack is loaded; the repository's list is read and
/// none of its ids is in use.
/// </summary>
public sealed class RetiredIdsTests
{
    private const string Retired = "# Retired\n\n| id | why |\n| --- | --- |\n| `t-old` | replaced |\n| `t-gone` | removed |\n";

    [Fact]
    public void Load_DrillWithRetiredId_IsRefusedAtItsIdLine()
    {
        using var folder = new DrillFolder().Pack("one");
        File.WriteAllText(Path.Combine(folder.Root, RetiredIds.FileName), Retired);
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill("t-gone", replace: t => t.Replace("---\nid:", "---\n# moved here\nid:", StringComparison.Ordinal)))
            .Drill("one", "02-b.md", DrillFolder.OutputDrill("t-new", 2));

        var result = DrillLoader.Load(folder.Root);

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith(Path.Combine("one", "01-a.md"), problem.File, StringComparison.Ordinal);
        Assert.Equal((3, "id"), (problem.Line, problem.Field));
        Assert.Equal("'t-gone' is retired (RETIRED.md line 6): give the drill a new id", problem.Message);
    }

    [Fact]
    public void Load_SinglePackFolder_ReadsTheRetiredListBesideIt()
    {
        using var folder = new DrillFolder().Pack("one");
        File.WriteAllText(Path.Combine(folder.Root, RetiredIds.FileName), Retired);
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill("t-old"));

        var result = DrillLoader.Load(Path.Combine(folder.Root, "one"));

        Assert.Contains("'t-old' is retired", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoRetiredList_LoadsAsBefore()
    {
        using var folder = new DrillFolder().Pack("one");
        folder.Drill("one", "01-a.md", DrillFolder.OutputDrill("t-old"));

        Assert.Empty(DrillLoader.Load(folder.Root).Problems);
    }

    [Fact]
    public void RepositoryRetiredList_IsReadAndNoneOfItsIdsIsUsed()
    {
        var retired = RetiredIds.Read(Path.Combine(RepositoryPaths.Drills(), RetiredIds.FileName));
        var result = DrillLoader.Load(RepositoryPaths.Drills());

        Assert.Contains("async-with-order", retired.Keys);
        Assert.True(retired.Count >= 9, $"{retired.Count} retired ids read");
        Assert.Empty(result.Problems);
        Assert.DoesNotContain(result.Catalog.AllDrills, d => retired.ContainsKey(d.Id));
    }
}
