namespace Drills.Discord;

/// <summary>Role select (6).</summary>
public sealed class RoleSelectComponent() : EntitySelectComponent(ComponentType.RoleSelect);
