using Drills.Bot.Charts;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Charts;

/// <summary>
/// Writes the chart samples the README shows (<c>docs/images/</c>) from the seeded data of <see cref="ChartSamples"/>:
/// a change to how charts look shows up as a changed picture in the diff.
/// </summary>
public sealed class ChartSampleImagesTests
{
    [Fact]
    public void Samples_AreWrittenToDocsImages()
    {
        var renderer = new ChartRenderer(new ChartFonts(Options.Create(new ChartOptions())));
        var folder = Path.Combine(RepositoryPaths.Root(), "docs", "images");
        Directory.CreateDirectory(folder);

        foreach (var file in new[] { renderer.RenderMember(ChartSamples.Member(), "member-chart.png")!, renderer.RenderGroupWeek(ChartSamples.Week(), "group-week-chart.png")! })
        {
            var path = Path.Combine(folder, file.FileName);
            File.WriteAllBytes(path, file.Content.ToArray());
            var png = PngPicture.Decode(File.ReadAllBytes(path));
            Assert.Equal((ChartRenderer.Width, ChartRenderer.Height), (png.Width, png.Height));
        }
    }
}
