using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Drills.Discord;

/// <summary>Wiring of the Discord client.</summary>
public static class DiscordClientSetup
{
    /// <summary>
    /// Binds <see cref="DiscordOptions"/> from <paramref name="discordSection"/> (validated on start), registers
    /// <see cref="TimeProvider.System"/> unless one is registered, the <see cref="DiscordRestClient"/> (singleton,
    /// over a named HttpClient whose default request logging is removed: it would log interaction tokens in
    /// paths) and the <see cref="GatewayClient"/> (singleton and hosted service). Register
    /// <see cref="IDispatchHandler"/>s and <see cref="IInteractionHandler"/>s separately (any lifetime).
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration discordSection)
    {
        services.AddOptions<DiscordOptions>().Bind(discordSection).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(RestRequestSender.HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<GatewayClient>();
        services.AddHostedService(sp => sp.GetRequiredService<GatewayClient>());
        return services;
    }
}
