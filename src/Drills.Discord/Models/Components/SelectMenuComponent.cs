using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// What every select (3, 5-8) has: <c>custom_id</c>, placeholder &lt;= 150, <c>min_values</c> 0-25,
/// <c>max_values</c> 1-25. In a received modal submit a select carries only its <c>custom_id</c> and the
/// chosen <see cref="Values"/> (ids for the user, role, mentionable and channel selects).
/// </summary>
public abstract class SelectMenuComponent : Component
{
    private protected SelectMenuComponent(ComponentType type)
        : base(type)
    {
    }

    public string CustomId { get; set; } = "";
    public bool? Disabled { get; set; }
    public string? Placeholder { get; set; }
    public int? MinValues { get; set; }
    public int? MaxValues { get; set; }

    /// <summary>Whether a value must be chosen (in a modal).</summary>
    public bool? Required { get; set; }

    /// <summary>Received only: what the member chose (a modal submit).</summary>
    public IReadOnlyList<string>? Values { get; set; }
}

/// <summary>String select (3): 1-25 <see cref="Options"/> of label and value (1-100 characters each).</summary>
public sealed class StringSelectComponent() : SelectMenuComponent(ComponentType.StringSelect)
{
    /// <summary>Null in a received modal submit, which names only the chosen values.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<SelectOption>? Options { get; set; }
}

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

/// <summary>User select (5).</summary>
public sealed class UserSelectComponent() : EntitySelectComponent(ComponentType.UserSelect);

/// <summary>Role select (6).</summary>
public sealed class RoleSelectComponent() : EntitySelectComponent(ComponentType.RoleSelect);

/// <summary>Mentionable select (7): users and roles.</summary>
public sealed class MentionableSelectComponent() : EntitySelectComponent(ComponentType.MentionableSelect);

/// <summary>Channel select (8), optionally limited to <see cref="ChannelTypes"/>.</summary>
public sealed class ChannelSelectComponent() : EntitySelectComponent(ComponentType.ChannelSelect)
{
    [JsonPropertyOrder(1)]
    public IReadOnlyList<int>? ChannelTypes { get; set; }
}
