namespace Drills.FakeDiscord;

/// <summary>
/// An option of a slash command or autocomplete interaction, as Discord sends it in
/// <c>data.options</c> (types: 1 SUB_COMMAND, 2 SUB_COMMAND_GROUP, 3 STRING, 4 INTEGER,
/// 5 BOOLEAN, 6 USER, 7 CHANNEL, 8 ROLE, 10 NUMBER). Use the factory methods.
/// </summary>
public sealed record CommandOption(string Name, int Type, object? Value = null, IReadOnlyList<CommandOption>? Options = null, bool Focused = false)
{
    /// <summary>A STRING option.</summary>
    public static CommandOption String(string name, string value) => new(name, 3, value);

    /// <summary>An INTEGER option.</summary>
    public static CommandOption Integer(string name, long value) => new(name, 4, value);

    /// <summary>A BOOLEAN option.</summary>
    public static CommandOption Boolean(string name, bool value) => new(name, 5, value);

    /// <summary>A NUMBER option.</summary>
    public static CommandOption Number(string name, double value) => new(name, 10, value);

    /// <summary>A USER option (the user is also put in <c>data.resolved</c>).</summary>
    public static CommandOption User(string name, FakeUser user) => new(name, 6, user);

    /// <summary>A CHANNEL option (the channel is also put in <c>data.resolved</c>).</summary>
    public static CommandOption Channel(string name, FakeChannel channel) => new(name, 7, channel);

    /// <summary>A SUB_COMMAND with its options.</summary>
    public static CommandOption Subcommand(string name, params CommandOption[] options) => new(name, 1, null, options);

    /// <summary>A SUB_COMMAND_GROUP holding subcommands.</summary>
    public static CommandOption Group(string name, params CommandOption[] subcommands) => new(name, 2, null, subcommands);

    /// <summary>The focused option of an autocomplete interaction (what the user typed so far).</summary>
    public static CommandOption Focus(string name, string partial, int type = 3) => new(name, type, partial, null, true);
}
