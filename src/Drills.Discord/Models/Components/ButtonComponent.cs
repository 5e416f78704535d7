namespace Drills.Discord;

/// <summary>Button (2): a <see cref="CustomId"/> for styles 1-4, a <see cref="Url"/> for style 5 (link), never both;
/// label &lt;= 80 characters.</summary>
public sealed class ButtonComponent() : Component(ComponentType.Button)
{
    public ButtonStyle Style { get; set; }
    public string? Label { get; set; }
    public string? CustomId { get; set; }
    public string? Url { get; set; }
    public bool? Disabled { get; set; }
}
