using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>String select (3): 1-25 <see cref="Options"/> of label and value (1-100 characters each).</summary>
public sealed class StringSelectComponent() : SelectMenuComponent(ComponentType.StringSelect)
{
    /// <summary>Null in a received modal submit, which names only the chosen values.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<SelectOption>? Options { get; set; }
}
