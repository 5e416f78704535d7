namespace Drills.Discord;

/// <summary>Mentionable select (7): users and roles.</summary>
public sealed class MentionableSelectComponent() : EntitySelectComponent(ComponentType.MentionableSelect);
