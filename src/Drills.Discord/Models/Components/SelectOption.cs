namespace Drills.Discord;

/// <summary>One option of a string select (a select holds at most 25).</summary>
public sealed class SelectOption
{
    public string Label { get; set; } = "";
    public string Value { get; set; } = "";
    public string? Description { get; set; }
    public bool? Default { get; set; }
}
