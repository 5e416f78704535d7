using Drills.Bot.Answers;
using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>
/// The slash commands, registered with one bulk overwrite. <c>/predict</c>, <c>/redo</c> and <c>/reminders</c>
/// also work in the bot's DMs (global, contexts 0 and 1); <c>/drills</c> needs Manage Server by default.
/// </summary>
public static class CommandDefinitions
{
    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5), as Discord's string bitfield.</summary>
    public const string ManageGuild = "32";

    private static readonly int[] GuildOnly = [0];
    private static readonly int[] GuildAndDm = [0, 1];
    private static readonly int[] GuildInstall = [0];

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        Command("predict", "Predict today's drill (or your due redo, in DMs)", GuildAndDm,
            Option(ApplicationCommandOptionType.String, "answer", "Your prediction; leave out to type several lines", maxLength: AnswerRules.MaxLength)),
        Command("score", "Your score in this group, or another member's", GuildOnly,
            Option(ApplicationCommandOptionType.User, "member", "Whose score to show")),
        Command("leaderboard", "Top members of this group", GuildOnly,
            Option(ApplicationCommandOptionType.String, "period", "Which period (default: all time)",
                choices: [CommandChoice.Of("this week", "week"), CommandChoice.Of("this month", "month"), CommandChoice.Of("all time", "all")])),
        Command("redo", "Your next due redo drill", GuildAndDm),
        Command("reminders", "Turn redo reminder DMs on or off", GuildAndDm,
            Option(ApplicationCommandOptionType.String, "state", "on or off", required: true,
                choices: [CommandChoice.Of("on", "on"), CommandChoice.Of("off", "off")])),
        new ApplicationCommand
        {
            Name = "drills",
            Description = "Set up and run the daily drill (organisers)",
            DefaultMemberPermissions = ManageGuild,
            Contexts = GuildOnly,
            IntegrationTypes = GuildInstall,
            Options =
            [
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
            ],
        },
    ];

    private static ApplicationCommand Command(string name, string description, int[] contexts, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = description,
        Contexts = contexts,
        IntegrationTypes = GuildInstall,
        Options = options.Length == 0 ? null : options,
    };

    private static ApplicationCommandOption Sub(string name, string description, params ApplicationCommandOption[] options) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand, Name = name, Description = description, Options = options.Length == 0 ? null : options,
    };

    private static ApplicationCommandOption Option(ApplicationCommandOptionType type, string name, string description,
        bool required = false, int? maxLength = null, IReadOnlyList<CommandChoice>? choices = null) => new()
    {
        Type = type, Name = name, Description = description, Required = required ? true : null, MaxLength = maxLength, Choices = choices,
    };
}
