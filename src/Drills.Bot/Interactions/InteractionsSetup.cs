using Drills.Bot.Settings;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Drills.Bot.Interactions;

/// <summary>Between Discord and the features: the router, the command registrar, and how a feature plugs a route in.</summary>
public static class InteractionsSetup
{
    public static IServiceCollection AddInteractions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<BotDiscordOptions>(configuration, DiscordOptions.SectionName);
        services.AddSettings<AdmissionOptions>(configuration, AdmissionOptions.SectionName, AdmissionOptions.Problem);
        services.AddSingleton<InteractionAdmission>();
        services.AddSingleton<RouteTable>();
        services.AddSingleton<IInteractionHandler, InteractionRouter>();
        services.AddSingleton<CommandSync>();
        services.AddHostedService<CommandRegistrar>();
        return services;
    }

    /// <summary>
    /// A feature's route, with what it takes: its slash commands (registered with Discord as well) and the custom id
    /// kinds of its buttons and modals.
    /// </summary>
    public static IServiceCollection AddRoute<TRoute>(
        this IServiceCollection services, IReadOnlyList<ApplicationCommand> commands, IReadOnlyList<string>? customIdKinds = null)
        where TRoute : class, IInteractionRoute
    {
        services.TryAddSingleton<TRoute>();
        services.AddSingleton(new RouteRegistration(typeof(TRoute), commands, customIdKinds ?? []));
        return services;
    }
}
