namespace Drills.Discord;

/// <summary>Interaction callback types (docs/discord.md "Interactions").</summary>
public enum InteractionResponseType
{
    Pong = 1,

    /// <summary>4: reply with a message.</summary>
    ChannelMessage = 4,

    /// <summary>5: "thinking..."; then edit <c>@original</c>. Only the ephemeral flag is allowed.</summary>
    DeferredChannelMessage = 5,

    /// <summary>6: acknowledge a component without changing its message yet.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>7: edit the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>8: autocomplete choices (&lt;= 25).</summary>
    AutocompleteResult = 8,

    /// <summary>9: open a modal (not in reply to a modal submit).</summary>
    Modal = 9,
}
