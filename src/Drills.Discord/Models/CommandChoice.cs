namespace Drills.Discord;

/// <summary>A choice of a command option or an autocomplete result: <c>value</c> is a string or a number.</summary>
public sealed class CommandChoice
{
    public string Name { get; set; } = "";
    public object Value { get; set; } = "";

    public static CommandChoice Of(string name, string value) => new() { Name = name, Value = value };

    public static CommandChoice Of(string name, long value) => new() { Name = name, Value = value };
}
