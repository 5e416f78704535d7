using Drills.Bot.Schedule;
using Drills.Bot.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Groups;

/// <summary>Study groups: one per guild, with its channel, post time, zone, packs and pause.</summary>
public static class GroupsSetup
{
    public static IServiceCollection AddGroups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<GroupDefaultsOptions>(configuration, GroupDefaultsOptions.Section, Problem);
        services.AddSingleton<GroupService>();
        services.AddSingleton<GuildShards>();
        return services;
    }

    private static string? Problem(GroupDefaultsOptions options) =>
        !TimeZones.TryParseTime(options.DefaultPostTime, out _) ? $"Groups:DefaultPostTime: '{options.DefaultPostTime}' is not a time like 09:00"
        : !TimeZones.TryFind(options.DefaultTimeZone, out _) ? $"Groups:DefaultTimeZone: '{options.DefaultTimeZone}' is not an IANA time zone like Europe/Berlin or UTC"
        : null;
}
