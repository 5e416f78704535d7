using Drills.Bot.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Redo;

/// <summary>Members' redo lists, their spacing, the review log, and the reminder DMs.</summary>
public static class RedoSetup
{
    public static IServiceCollection AddRedo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<RedoOptions>(configuration, RedoOptions.Section, o => o.Problem());
        services.AddSingleton<VariantPicker>();
        services.AddSingleton<RedoService>();
        services.AddSingleton<ReminderService>();
        return services;
    }
}
