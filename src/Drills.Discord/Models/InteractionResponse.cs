namespace Drills.Discord;

/// <summary>
/// The body of <c>POST /interactions/{id}/{token}/callback</c>: <c>{type, data?}</c>. <see cref="Data"/> is a
/// <see cref="MessageCreate"/> (4), <see cref="DeferredData"/> (5), <see cref="MessageEdit"/> (7),
/// <see cref="AutocompleteData"/> (8) or <see cref="ModalData"/> (9); serialized by its runtime type.
/// </summary>
public sealed class InteractionResponse
{
    public InteractionResponseType Type { get; set; }
    public object? Data { get; set; }

    public static InteractionResponse Message(MessageCreate message) =>
        new() { Type = InteractionResponseType.ChannelMessage, Data = message };

    public static InteractionResponse Message(string content, bool ephemeral = false) =>
        Message(new MessageCreate { Content = content, Flags = ephemeral ? MessageFlags.Ephemeral : null });

    public static InteractionResponse Defer(bool ephemeral = false) =>
        new() { Type = InteractionResponseType.DeferredChannelMessage, Data = ephemeral ? new DeferredData { Flags = MessageFlags.Ephemeral } : null };

    public static InteractionResponse DeferUpdate() => new() { Type = InteractionResponseType.DeferredUpdateMessage };

    public static InteractionResponse Update(MessageEdit edit) =>
        new() { Type = InteractionResponseType.UpdateMessage, Data = edit };

    public static InteractionResponse Autocomplete(IReadOnlyList<CommandChoice> choices) =>
        new() { Type = InteractionResponseType.AutocompleteResult, Data = new AutocompleteData { Choices = choices } };

    public static InteractionResponse Modal(string customId, string title, params Component[] components) =>
        new() { Type = InteractionResponseType.Modal, Data = new ModalData { CustomId = customId, Title = title, Components = components } };
}
