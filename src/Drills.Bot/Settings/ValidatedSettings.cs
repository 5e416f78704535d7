using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Settings;

/// <summary>Each feature's settings section, bound and checked at start with a message that says what is accepted.</summary>
public static class ValidatedSettings
{
    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/>, validated when the host starts: <paramref name="problem"/>
    /// says what is wrong (one line, naming the key), or null when the settings are fine.
    /// </summary>
    public static IServiceCollection AddSettings<T>(
        this IServiceCollection services, IConfiguration configuration, string section, Func<T, string?>? problem = null)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        if (problem is not null)
        {
            services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(problem));
        }

        return services;
    }
}
