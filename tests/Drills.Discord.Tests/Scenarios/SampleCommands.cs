namespace Drills.Discord.Tests.Scenarios;

/// <summary>A command set using every option shape the bot relies on (for registration and schema checks).</summary>
internal static class SampleCommands
{
    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new()
        {
            Name = "drill",
            Description = "Work with drills",
            DefaultMemberPermissions = "32",
            Contexts = [0],
            IntegrationTypes = [0],
            Options =
            [
                new()
                {
                    Type = ApplicationCommandOptionType.SubCommand,
                    Name = "new",
                    Description = "Create a drill",
                    Options =
                    [
                        new() { Type = ApplicationCommandOptionType.String, Name = "title", Description = "Title", Required = true, MinLength = 1, MaxLength = 100 },
                        new() { Type = ApplicationCommandOptionType.Channel, Name = "channel", Description = "Where", ChannelTypes = [0] },
                        new() { Type = ApplicationCommandOptionType.Integer, Name = "level", Description = "Level", Choices = [CommandChoice.Of("easy", 1), CommandChoice.Of("hard", 2)] },
                    ],
                },
                new()
                {
                    Type = ApplicationCommandOptionType.SubCommand,
                    Name = "show",
                    Description = "Show a drill",
                    Options = [new() { Type = ApplicationCommandOptionType.String, Name = "id", Description = "Which drill", Required = true, Autocomplete = true }],
                },
            ],
        },
        new() { Name = "score", Description = "Your score", Contexts = [0, 1], IntegrationTypes = [0] },
    ];
}
