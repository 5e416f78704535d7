using Drills.Bot.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Drills;

/// <summary>The drill packs: where they are, loaded once at start.</summary>
public static class DrillsSetup
{
    public static IServiceCollection AddDrills(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DrillsOptions>(configuration, DrillsOptions.Section,
            o => Directory.Exists(o.Path) ? null : $"Drills:Path: the folder '{Path.GetFullPath(o.Path)}' does not exist");
        services.AddSingleton<DrillContent>();
        return services;
    }
}
