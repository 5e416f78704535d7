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
