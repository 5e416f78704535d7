namespace Drills.Discord;

/// <summary>A preselected entry of a user, role, mentionable or channel select: the id and <c>"user"</c>,
/// <c>"role"</c> or <c>"channel"</c>.</summary>
public sealed class SelectDefaultValue
{
    public ulong Id { get; set; }
    public string Type { get; set; } = "";
}
