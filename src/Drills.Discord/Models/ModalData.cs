namespace Drills.Discord;

/// <summary>Data of a modal response: custom_id 1-100, title &lt;= 45, 1-5 components
/// (docs/discord.md "Components").</summary>
public sealed class ModalData : IInteractionCallbackData
{
    public string CustomId { get; set; } = "";
    public string Title { get; set; } = "";
    public IReadOnlyList<Component> Components { get; set; } = [];
}
