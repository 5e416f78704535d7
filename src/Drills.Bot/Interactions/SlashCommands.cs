using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>
/// Building blocks for the slash commands each feature defines (and registers with its route). Every command is
/// installed to guilds; the ones that also work in the bot's DMs say so with <see cref="GuildAndDm"/>.
/// </summary>
public static class SlashCommands
{
    /// <summary>Integration types: 0 installed to a guild.</summary>
    private static readonly int[] GuildInstall = [0];

    /// <summary>Interaction contexts: 0 a guild, 1 the bot's DM.</summary>
    public static IReadOnlyList<int> GuildOnly { get; } = [0];

    public static IReadOnlyList<int> GuildAndDm { get; } = [0, 1];

    public static ApplicationCommand Command(string name, string description, IReadOnlyList<int> contexts, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = description,
        Contexts = contexts,
        IntegrationTypes = GuildInstall,
        Options = options.Length == 0 ? null : options,
    };

    public static ApplicationCommandOption Sub(string name, string description, params ApplicationCommandOption[] options) => new()
    {
        Type = ApplicationCommandOptionType.SubCommand, Name = name, Description = description, Options = options.Length == 0 ? null : options,
    };

    public static ApplicationCommandOption Option(ApplicationCommandOptionType type, string name, string description,
        bool required = false, int? maxLength = null, IReadOnlyList<CommandChoice>? choices = null, bool autocomplete = false) => new()
    {
        Type = type, Name = name, Description = description, Required = required ? true : null, MaxLength = maxLength, Choices = choices,
        Autocomplete = autocomplete ? true : null,
    };
}
