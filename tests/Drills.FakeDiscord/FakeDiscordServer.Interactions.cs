using Drills.FakeDiscord.Interactions;

namespace Drills.FakeDiscord;

/// <summary>
/// Interactions: each method dispatches INTERACTION_CREATE and returns when the bot's first callback
/// arrives, or after the deadline (3 s by default) plus grace. <c>channel</c> null = the bot's DM with the user.
/// </summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>A slash command (type 2); use <see cref="CommandOption.Subcommand"/> for subcommands.</summary>
    public Task<InteractionResult> SendSlashCommandAsync(FakeUser user, FakeChannel? channel, string name, params CommandOption[] options) =>
        _interactions.SendAsync(2, user, channel, InteractionPayloads.Command(_core, name, channel?.GuildId, options), null, needsMessage: false);

    /// <summary>An autocomplete request (type 4); one option should be <see cref="CommandOption.Focus"/>.</summary>
    public Task<InteractionResult> SendAutocompleteAsync(FakeUser user, FakeChannel? channel, string name, params CommandOption[] options) =>
        _interactions.SendAsync(4, user, channel, InteractionPayloads.Command(_core, name, channel?.GuildId, options), null, needsMessage: false);

    /// <summary>A button click (type 3, component_type 2) on <paramref name="messageId"/> (null: a fresh bot message).</summary>
    public Task<InteractionResult> SendButtonAsync(FakeUser user, FakeChannel? channel, string customId, ulong? messageId = null) =>
        _interactions.SendAsync(3, user, channel, InteractionPayloads.Component(customId, 2, null), messageId, needsMessage: true);

    /// <summary>A string select (type 3, component_type 3) with the chosen <paramref name="values"/>.</summary>
    public Task<InteractionResult> SendSelectAsync(FakeUser user, FakeChannel? channel, string customId, IReadOnlyList<string> values, ulong? messageId = null) =>
        _interactions.SendAsync(3, user, channel, InteractionPayloads.Component(customId, 3, values), messageId, needsMessage: true);

    /// <summary>
    /// A modal submit (type 5): <paramref name="values"/> maps text input custom_id to value, sent as
    /// Label components (type 18) or, with <paramref name="legacyActionRows"/>, as action rows (type 1).
    /// </summary>
    public Task<InteractionResult> SendModalSubmitAsync(FakeUser user, FakeChannel? channel, string customId, IDictionary<string, string> values, bool legacyActionRows = false, ulong? messageId = null) =>
        _interactions.SendAsync(5, user, channel, InteractionPayloads.ModalSubmit(customId, values, legacyActionRows), messageId, needsMessage: false);

    /// <summary>A modal submit whose fields named in <paramref name="selects"/> are string selects (their chosen value; "" for none).</summary>
    public Task<InteractionResult> SendModalSubmitAsync(FakeUser user, FakeChannel? channel, string customId, IDictionary<string, string> values, IReadOnlySet<string> selects) =>
        _interactions.SendAsync(5, user, channel, InteractionPayloads.ModalSubmit(customId, values, legacyActionRows: false, selects), null, needsMessage: false);
}
