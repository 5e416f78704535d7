namespace Drills.Discord;

/// <summary>Data of an autocomplete result: at most 25 choices.</summary>
public sealed class AutocompleteData : IInteractionCallbackData
{
    public IReadOnlyList<CommandChoice> Choices { get; set; } = [];
}
