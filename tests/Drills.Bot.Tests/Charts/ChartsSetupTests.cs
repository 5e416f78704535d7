using Drills.Bot.Charts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Charts;

/// <summary><c>AddCharts</c>: the renderer resolves and draws; a <c>Charts:FontFile</c> that does not exist stops the start.</summary>
public sealed class ChartsSetupTests
{
    [Fact]
    public void AddCharts_RegistersARendererThatDraws()
    {
        using var services = Services(new Dictionary<string, string?>());

        var renderer = services.GetRequiredService<ChartRenderer>();

        Assert.Same(renderer, services.GetRequiredService<ChartRenderer>());
        Assert.NotNull(renderer.RenderGroupWeek(ChartSamples.Week()));
        Assert.Contains(services.GetServices<IHostedService>(), s => s is ChartFontCheck);
    }

    [Fact]
    public void MissingFontFile_FailsValidation()
    {
        using var services = Services(new Dictionary<string, string?> { ["Charts:FontFile"] = "/nonexistent/font.ttf" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ChartOptions>>().Value);

        Assert.Contains("Charts:FontFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredFontFile_IsTheOneUsed()
    {
        var font = ChartFonts.Find(null)!;
        using var services = Services(new Dictionary<string, string?> { ["Charts:FontFile"] = font });

        Assert.Equal(Path.GetFullPath(font), services.GetRequiredService<ChartFonts>().File);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddLogging()
        .AddCharts(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();
}
