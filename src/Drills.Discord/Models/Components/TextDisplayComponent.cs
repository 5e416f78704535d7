namespace Drills.Discord;

/// <summary>Text display (10): markdown text in a modal or a components-v2 message (received back with its id only).</summary>
public sealed class TextDisplayComponent() : Component(ComponentType.TextDisplay)
{
    public string? Content { get; set; }
}
