namespace Drills.Discord;

/// <summary>Component types this client models (Discord "Component Types"); others read as <see cref="UnknownComponent"/>.</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    UserSelect = 5,
    RoleSelect = 6,
    MentionableSelect = 7,
    ChannelSelect = 8,
    TextDisplay = 10,
    Label = 18,
}
