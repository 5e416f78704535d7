using Drills.Bot.Answers;
using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Members;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Schedule;
using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Hosting;

/// <summary>The bot's wiring, one feature at a time.</summary>
public static class BotSetup
{
    public static IServiceCollection AddDrillsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<StartupChecks>();
        services.AddStorage(configuration);
        services.AddSettings<DrillsOptions>(configuration, DrillsOptions.Section);
        services.AddSettings<RedoOptions>(configuration, RedoOptions.Section);
        services.AddSettings<GroupDefaultsOptions>(configuration, GroupDefaultsOptions.Section);
        services.AddSettings<BotDiscordOptions>(configuration, DiscordOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, BotOptionsValidator>());

        services.AddDiscordClient(configuration.GetSection(DiscordOptions.SectionName));
        services.AddSingleton<DrillContent>();
        services.AddSingleton<SchedulerSignal>();
        services.AddSingleton<GroupService>();
        services.AddSingleton<GroupSetup>();
        services.AddSingleton<PostingService>();
        services.AddSingleton<RevealService>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<AnswerFlow>();
        services.AddSingleton<RedoService>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<MemberService>();
        services.AddSingleton<ScoreService>();
        services.AddSingleton<GroupRanks>();

        services.AddSingleton<RedoRoute>();
        services.AddSingleton<IInteractionRoute, PredictRoute>();
        services.AddSingleton<IInteractionRoute>(sp => sp.GetRequiredService<RedoRoute>());
        services.AddSingleton<IInteractionRoute, ScoreRoute>();
        services.AddSingleton<IInteractionRoute, RemindersRoute>();
        services.AddSingleton<IInteractionRoute, DrillsAdminRoute>();
        services.AddSingleton<IInteractionHandler, InteractionRouter>();

        services.AddSingleton<Scheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Scheduler>());
        services.AddHostedService<CommandRegistrar>();
        services.AddHostedService<HealthFile>();
        services.AddHostedService<IdleMemory>();
        return services;
    }

    private static void AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        if (typeof(T) != typeof(BotDiscordOptions))
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IValidateOptions<T>), typeof(BotOptionsValidator)));
        }
    }
}
