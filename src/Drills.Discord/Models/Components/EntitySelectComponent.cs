using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>A select whose choices Discord fills in (users, roles, both, or channels), optionally preselected.</summary>
public abstract class EntitySelectComponent : SelectMenuComponent
{
    private protected EntitySelectComponent(ComponentType type)
        : base(type)
    {
    }

    [JsonPropertyOrder(2)]
    public IReadOnlyList<SelectDefaultValue>? DefaultValues { get; set; }
}
