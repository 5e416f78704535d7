using System.Globalization;
using Drills.Discord;
using static Drills.Bot.Interactions.SlashCommands;

namespace Drills.Bot.Admin;

/// <summary>
/// <c>/drills</c>, the organisers' command: Discord shows it only to members with Manage Server by default (server
/// admins can change that, so the route checks the permission again).
/// </summary>
public static class DrillsCommand
{
    /// <summary>MANAGE_GUILD: the permission bit the command requires, as Discord sends it in <c>member.permissions</c>.</summary>
    public const ulong ManageGuild = 1UL << 5;

    public static ApplicationCommand Definition
    {
        get
        {
            var command = Command("drills", "Set up and run the daily drill (organisers)", GuildOnly,
                Sub("setup", "Choose the channel, time and time zone of the daily drill",
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.Channel, Name = "channel", Description = "Where the drill is posted",
                        Required = true, ChannelTypes = [0, 5],
                    },
                    Option(ApplicationCommandOptionType.String, "time", "Local post time, e.g. 09:00", required: true, maxLength: 10),
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String, Name = "timezone", Description = "IANA time zone, e.g. Europe/Berlin",
                        Required = true, Autocomplete = true, MaxLength = 64,
                    }),
                Sub("status", "Show this group's settings and what comes next"),
                Sub("post-now", "Post today's drill now"),
                Sub("pause", "Stop posting drills until resumed"),
                Sub("resume", "Start posting drills again"),
                Sub("packs", "Show the packs, or choose which are in rotation",
                    Option(ApplicationCommandOptionType.String, "packs", "Comma-separated pack ids, or 'all'", maxLength: 200)),
                Sub("recap", "Show or change the weekly recap (default Sunday 18:00 local)",
                    Option(ApplicationCommandOptionType.String, "state", "Post the weekly recap or not",
                        choices: [CommandChoice.Of("on", "on"), CommandChoice.Of("off", "off")]),
                    Option(ApplicationCommandOptionType.String, "day", "Weekday of the recap, in the group's time zone",
                        choices: RecapDays.All.Select(d => CommandChoice.Of(RecapDays.Name(d), RecapDays.Name(d))).ToList()),
                    Option(ApplicationCommandOptionType.String, "time", "Local time of the recap, e.g. 18:00", maxLength: 10)));

            // Discord takes the default permissions as a string bitfield.
            command.DefaultMemberPermissions = ManageGuild.ToString(CultureInfo.InvariantCulture);
            return command;
        }
    }
}
