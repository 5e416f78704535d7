namespace Drills.Discord;

/// <summary>Interaction types (Discord "Interaction Type").</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}
