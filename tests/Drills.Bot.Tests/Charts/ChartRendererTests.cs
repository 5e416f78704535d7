using Drills.Bot.Charts;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Charts;

/// <summary>
/// Charts rendered from plain data and decoded again: an 800x400 PNG, not blank (many colours, light text in the
/// title band, bars in the accuracy colours where the data says), a week without answers breaking the line,
/// long concept names cut so the bars keep their room, empty data still drawn with a note, the same bytes from
/// parallel renders and from a reused or released canvas, alt text with the numbers, and no chart at all without a font.
/// </summary>
public sealed class ChartRendererTests
{
    private const string Good = "#57F287";
    private const string Fair = "#FEE75C";
    private const string Poor = "#ED4245";
    private const string Line = "#5865F2";

    private static readonly ChartRenderer Renderer = new(new ChartFonts(Options.Create(new ChartOptions())));

    [Fact]
    public void MemberChart_IsAn800x400PngWithTextAndBars()
    {
        var file = Renderer.RenderMember(ChartSamples.Member())!;

        var png = PngPicture.Decode(file.Content);
        Assert.Equal(("score.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal((800, 400), (png.Width, png.Height));
        Assert.True(png.DistinctColours() > 100, $"{png.DistinctColours()} colours");
        Assert.True(png.LightPixels(0, 440, 0, 40) > 150, "the line panel's title");
        Assert.True(png.LightPixels(440, 800, 0, 40) > 150, "the concept panel's title");
        Assert.True(png.CountInColumns(Line, 0, 440) > 500, "the accuracy line, in the left panel");
        Assert.True(png.CountInColumns(Good, 440, 800) + png.CountInColumns(Fair, 440, 800) + png.CountInColumns(Poor, 440, 800) > 5000, "concept bars, in the right panel");
    }

    [Fact]
    public void ConceptBars_TakeTheColourOfTheirAccuracy()
    {
        var only = (string name, int right) => Renderer.RenderMember(new MemberChartData([], [new ConceptScore(name, 10, right)]))!;

        var good = PngPicture.Decode(only("a", 9).Content);
        var poor = PngPicture.Decode(only("b", 2).Content);

        Assert.True(good.Count(Good) > 1000 && good.Count(Poor) == 0, $"good {good.Count(Good)} / {good.Count(Poor)}");
        Assert.True(poor.Count(Poor) > 200 && poor.Count(Good) == 0, $"poor {poor.Count(Poor)} / {poor.Count(Good)}");
    }

    [Fact]
    public void WeekWithoutAnswers_BreaksTheLine()
    {
        var week = (int i, int answered) => new WeekAccuracy(ChartSamples.FirstWeek.AddDays(7 * i), answered, answered / 2);
        var joined = PngPicture.Decode(Renderer.RenderMember(new MemberChartData([week(0, 4), week(1, 4), week(2, 4)], []))!.Content);
        var broken = PngPicture.Decode(Renderer.RenderMember(new MemberChartData([week(0, 4), week(1, 0), week(2, 4)], []))!.Content);

        // Same height (50%) everywhere: the joined line crosses the middle of the panel, the broken one leaves it empty.
        Assert.True(joined.CountInColumns(Line, 200, 240) > 50, "joined line crosses the middle");
        Assert.Equal(0, broken.CountInColumns(Line, 200, 240));
    }

    [Fact]
    public void LongConceptNames_AreCut_AndTheBarsKeepTheirRoom()
    {
        var name = (string stem) => stem + " with a name much longer than any label can show in the panel";
        var data = new MemberChartData([], [new ConceptScore(name("first"), 10, 9), new ConceptScore(name("second"), 10, 9)]);

        var png = PngPicture.Decode(Renderer.RenderMember(data)!.Content);

        var barsStart = png.LeftmostColumn(Good);
        Assert.InRange(barsStart, 560, 660); // labels of at most 18 characters to its left
        Assert.Equal("first with a name…", ChartText.Fit(name("first"), 18));
        Assert.Equal("a b", ChartText.Fit(" a \n b ", 18));
    }

    [Fact]
    public void NoTextOrBarReachesTheEdges_WithLongNamesAndBigCounts()
    {
        var long60 = new string('w', 60);
        var member = new MemberChartData(
            [.. Enumerable.Range(0, 8).Select(i => new WeekAccuracy(ChartSamples.FirstWeek.AddDays(7 * i), 99, 99))],
            [.. Enumerable.Range(0, 8).Select(i => new ConceptScore(long60 + i, 99, 99))]);
        var week = new GroupWeekData(long60, ChartSamples.FirstWeek, [.. Enumerable.Range(0, 7).Select(i => new DayResult(ChartSamples.FirstWeek.AddDays(i), true, 99, 99))]);

        foreach (var file in new[] { Renderer.RenderMember(member)!, Renderer.RenderGroupWeek(week)! })
        {
            var png = PngPicture.Decode(file.Content);
            Assert.Equal(0, png.LightPixels(0, 4, 0, 400));
            Assert.Equal(0, png.LightPixels(796, 800, 0, 400));
            Assert.Equal(0, png.LightPixels(0, 800, 0, 3));
            Assert.Equal(0, png.LightPixels(0, 800, 397, 400));
        }
    }

    [Fact]
    public void GroupWeek_IsAn800x400PngWithABarPerAnsweredDay()
    {
        var week = ChartSamples.Week();
        var file = Renderer.RenderGroupWeek(week)!;

        var png = PngPicture.Decode(file.Content);
        Assert.Equal(("week.png", 800, 400), (file.FileName, png.Width, png.Height));
        Assert.True(png.DistinctColours() > 100, $"{png.DistinctColours()} colours");
        Assert.True(png.LightPixels(0, 800, 0, 40) > 300, "the title");
        var answered = week.Days.Count(d => d.Predictions > 0);
        Assert.Equal(5, answered);
        Assert.True(png.Count(Good) + png.Count(Fair) + png.Count(Poor) > answered * 1000, "a bar per answered day");
    }

    [Fact]
    public void EmptyData_StillDrawsLabelledPanels()
    {
        var weeks = Enumerable.Range(0, 8).Select(i => new WeekAccuracy(ChartSamples.FirstWeek.AddDays(7 * i), 0, 0)).ToList();
        var member = PngPicture.Decode(Renderer.RenderMember(new MemberChartData(weeks, []))!.Content);
        var week = PngPicture.Decode(Renderer.RenderGroupWeek(new GroupWeekData("g", ChartSamples.FirstWeek, [new DayResult(ChartSamples.FirstWeek, false, 0, 0)]))!.Content);

        Assert.Equal(0, member.Count(Line));
        Assert.True(member.DistinctColours() > 20 && week.DistinctColours() > 20);
        Assert.True(member.LightPixels(0, 800, 0, 40) > 300, "both titles");
    }

    [Fact]
    public async Task ParallelRenders_GiveTheSameBytes()
    {
        var data = ChartSamples.Member();
        var expected = Renderer.RenderMember(data)!.Content.ToArray();

        var parallel = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Renderer.RenderMember(data)!.Content.ToArray())));

        Assert.All(parallel, bytes => Assert.Equal(expected, bytes));
    }

    [Fact]
    public void ReusedCanvas_CarriesNothingOver_AndAReleaseLetsChartsDrawAgain()
    {
        var weeks = Enumerable.Range(0, 8).Select(i => new WeekAccuracy(ChartSamples.FirstWeek.AddDays(7 * i), 0, 0)).ToList();
        var empty = new MemberChartData(weeks, []);
        ChartRenderer.ReleaseMemory();
        var fresh = Renderer.RenderMember(empty)!.Content.ToArray();

        // A full chart and a week leave their pixels on the kept canvas; the next (empty) chart must not show them.
        Renderer.RenderMember(ChartSamples.Member());
        Renderer.RenderGroupWeek(ChartSamples.Week());
        var reused = Renderer.RenderMember(empty)!.Content.ToArray();
        ChartRenderer.ReleaseMemory();
        var afterRelease = Renderer.RenderMember(empty)!.Content.ToArray();

        Assert.Equal(fresh, reused);
        Assert.Equal(fresh, afterRelease);
        Assert.Equal(0, PngPicture.Decode(reused).Count(Line));
    }

    [Fact]
    public void AltText_GivesTheNumbers_WithinDiscordsLimit()
    {
        var member = Renderer.RenderMember(new MemberChartData(
            [new WeekAccuracy(ChartSamples.FirstWeek, 4, 2), new WeekAccuracy(ChartSamples.FirstWeek.AddDays(7), 0, 0)],
            [new ConceptScore("TaskGroup", 4, 3)]))!;
        var many = Renderer.RenderMember(new MemberChartData([], [.. Enumerable.Range(0, 40).Select(i => new ConceptScore(new string('x', 60) + i, 5, 1))]))!;

        Assert.Equal("Accuracy per week, oldest first: 50% of 4, no answers. Concepts, weakest first: TaskGroup 3/4", member.Description);
        Assert.Contains("Thu 20 no drill", Renderer.RenderGroupWeek(ChartSamples.Week())!.Description, StringComparison.Ordinal);
        Assert.InRange(many.Description!.Length, 100, 1024);
    }

    [Fact]
    public void ConceptsShown_AreTheMostAnswered_WeakestFirst()
    {
        var concepts = Enumerable.Range(1, 10).Select(i => new ConceptScore($"c{i}", i, i % 3 == 0 ? i : 1)).Append(new ConceptScore("never", 0, 0)).ToList();

        var shown = MemberChart.Shown(concepts);

        Assert.Equal(["c10", "c8", "c7", "c5", "c4", "c9", "c6", "c3"], shown.Select(c => c.Concept));
    }

    [Fact]
    public void WithoutAFont_NoChartIsDrawn()
    {
        var renderer = new ChartRenderer(new ChartFonts(Options.Create(new ChartOptions { FontFile = "/nonexistent/font.ttf" })));

        Assert.False(renderer.CanRender);
        Assert.Null(renderer.RenderMember(ChartSamples.Member()));
        Assert.Null(renderer.RenderGroupWeek(ChartSamples.Week()));
        Assert.True(Renderer.CanRender, "this machine has a font (DejaVu Sans)");
    }
}
