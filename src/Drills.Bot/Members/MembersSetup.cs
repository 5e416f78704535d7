using Drills.Bot.Interactions;
using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using static Drills.Bot.Interactions.SlashCommands;

namespace Drills.Bot.Members;

/// <summary>Members' reminder preferences, what Discord said about their DMs, and <c>/reminders</c>.</summary>
public static class MembersSetup
{
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<MemberService>();
        services.AddSingleton<IPrivateNotice, DmsClosedNotice>();
        services.AddRoute<RemindersRoute>([RemindersCommand]);
        return services;
    }

    /// <summary>Also in the bot's DMs, where the reminders arrive.</summary>
    private static ApplicationCommand RemindersCommand => Command("reminders", "Turn redo reminder DMs on or off", GuildAndDm,
        Option(ApplicationCommandOptionType.String, "state", "on or off", required: true,
            choices: [CommandChoice.Of("on", "on"), CommandChoice.Of("off", "off")]));
}
