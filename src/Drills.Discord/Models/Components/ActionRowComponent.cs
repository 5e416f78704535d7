namespace Drills.Discord;

/// <summary>Action row (1): up to 5 buttons or exactly one select; in a legacy modal, one text input.</summary>
public sealed class ActionRowComponent() : Component(ComponentType.ActionRow)
{
    public IReadOnlyList<Component> Components { get; set; } = [];
}
