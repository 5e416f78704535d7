using Drills.Bot.Interactions;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Admin;

/// <summary>The organisers' <c>/drills</c>: setup, status, post-now, pause, resume, packs, recap.</summary>
public static class AdminSetup
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSingleton<SetupCommand>();
        services.AddSingleton<RecapCommand>();
        services.AddRoute<DrillsAdminRoute>([DrillsCommand.Definition]);
        return services;
    }
}
