using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Drills.Bot.Hosting;

/// <summary>
/// The seam tests and benchmarks run weeks of schedule through: the bot's services take <paramref name="botTime"/> (a
/// fake clock), while the Discord client keeps real time, since heartbeats and rate limits are real.
/// </summary>
internal static class BotClock
{
    /// <summary>Replaces the bot's clock; call after <see cref="BotSetup.AddDrillsBot"/>.</summary>
    public static IServiceCollection UseBotClock(this IServiceCollection services, TimeProvider botTime)
    {
        services.Replace(ServiceDescriptor.Singleton(typeof(TimeProvider), botTime));
        services.Replace(ServiceDescriptor.Singleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(sp, TimeProvider.System)));
        services.Replace(ServiceDescriptor.Singleton(sp => ActivatorUtilities.CreateInstance<GatewayClient>(sp, TimeProvider.System)));
        return services;
    }
}
