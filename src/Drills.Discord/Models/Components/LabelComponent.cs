namespace Drills.Discord;

/// <summary>Label (18): the modal wrapper of one input, with its label (1-45 characters) and an optional
/// description (1-100); <c>component</c> on the wire.</summary>
public sealed class LabelComponent() : Component(ComponentType.Label)
{
    public string? Label { get; set; }
    public string? Description { get; set; }
    public Component? Component { get; set; }
}
