using Drills.Bot.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Drills.Bot.Charts;

/// <summary>Charts as PNG attachments: the renderer, its font, the <c>Charts</c> settings.</summary>
public static class ChartsSetup
{
    public static IServiceCollection AddCharts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ChartOptions>(configuration, ChartOptions.Section,
            o => string.IsNullOrWhiteSpace(o.FontFile) || File.Exists(o.FontFile) ? null : $"Charts:FontFile: the font file '{o.FontFile}' does not exist");
        services.TryAddSingleton<ChartFonts>();
        services.TryAddSingleton<ChartRenderer>();
        services.AddHostedService<ChartFontCheck>();
        return services;
    }
}
