namespace Drills.Discord;

/// <summary>
/// <c>data</c> of an interaction. Commands and autocomplete: <see cref="Name"/>, <see cref="Type"/>,
/// <see cref="Options"/>. Components: <see cref="CustomId"/>, <see cref="ComponentType"/>, <see cref="Values"/>.
/// Modal submits: <see cref="CustomId"/> and <see cref="Components"/> (Label or action-row shape).
/// </summary>
public sealed class InteractionData
{
    public ulong? Id { get; set; }
    public string? Name { get; set; }
    public int? Type { get; set; }
    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
    public string? CustomId { get; set; }
    public ComponentType? ComponentType { get; set; }
    public IReadOnlyList<string>? Values { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
}
