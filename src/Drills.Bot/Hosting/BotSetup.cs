using Drills.Bot.Admin;
using Drills.Bot.Answers;
using Drills.Bot.Charts;
using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Members;
using Drills.Bot.Posting;
using Drills.Bot.Recap;
using Drills.Bot.Redo;
using Drills.Bot.Schedule;
using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Hosting;

/// <summary>
/// The bot's wiring: each feature sets itself up (its services, routes, commands, custom ids and settings checks), in
/// layer order, bottom first (docs/architecture.md); then the processes that drive them.
/// </summary>
public static class BotSetup
{
    public static IServiceCollection AddDrillsBot(this IServiceCollection services, IConfiguration configuration)
    {
        // Hosted services start in this order: the drill packs are loaded and the database migrated before the
        // gateway connects.
        services.AddHostedService<StartupChecks>();
        services.AddStorage(configuration);
        services.AddSchedule();
        services.AddCharts(configuration);
        services.AddInteractions(configuration);
        services.AddDiscordClient(configuration.GetSection(DiscordOptions.SectionName));
        services.AddDrills(configuration);
        services.AddGroups(configuration);
        services.AddMembers();
        services.AddPosting();
        services.AddRedo(configuration);
        services.AddScores(configuration);
        services.AddRecap();
        services.AddAnswers(configuration);
        services.AddAdmin();

        services.AddHostedService<Scheduler>();
        services.AddHostedService<HealthFile>();
        services.AddHostedService<IdleMemory>();
        services.AddHostedService<FatalGatewayStop>();
        return services;
    }
}
