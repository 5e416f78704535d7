namespace Drills.Discord;

/// <summary>
/// The body of <c>POST /interactions/{id}/{token}/callback</c>: <c>{type, data?}</c>, made only by the factories
/// below, so the data always fits the type: a <see cref="MessageCreate"/> (4), <see cref="DeferredData"/> (5, or
/// none), none (6), a <see cref="MessageEdit"/> (7), <see cref="AutocompleteData"/> (8) or <see cref="ModalData"/> (9).
/// </summary>
public sealed class InteractionResponse
{
    private InteractionResponse(InteractionResponseType type, IInteractionCallbackData? data)
    {
        Type = type;
        Data = data;
    }

    public InteractionResponseType Type { get; }

    public IInteractionCallbackData? Data { get; }

    public static InteractionResponse Message(MessageCreate message) => new(InteractionResponseType.ChannelMessage, message);

    public static InteractionResponse Message(string content, bool ephemeral = false) =>
        Message(new MessageCreate { Content = content, Flags = ephemeral ? MessageFlags.Ephemeral : null });

    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(InteractionResponseType.DeferredChannelMessage, ephemeral ? new DeferredData { Flags = MessageFlags.Ephemeral } : null);

    public static InteractionResponse DeferUpdate() => new(InteractionResponseType.DeferredUpdateMessage, null);

    public static InteractionResponse Update(MessageEdit edit) => new(InteractionResponseType.UpdateMessage, edit);

    public static InteractionResponse Autocomplete(IReadOnlyList<CommandChoice> choices) =>
        new(InteractionResponseType.AutocompleteResult, new AutocompleteData { Choices = choices });

    public static InteractionResponse Modal(string customId, string title, params Component[] components) =>
        new(InteractionResponseType.Modal, new ModalData { CustomId = customId, Title = title, Components = components });
}
