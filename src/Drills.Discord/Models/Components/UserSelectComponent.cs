namespace Drills.Discord;

/// <summary>User select (5).</summary>
public sealed class UserSelectComponent() : EntitySelectComponent(ComponentType.UserSelect);
