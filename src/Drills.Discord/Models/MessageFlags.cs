namespace Drills.Discord;

/// <summary>Message flags this client uses.</summary>
[Flags]
public enum MessageFlags
{
    None = 0,

    /// <summary>Only the invoking user sees the message (interaction responses only). The only flag allowed on a type 5 defer.</summary>
    Ephemeral = 64,
}
