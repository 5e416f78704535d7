namespace Drills.Discord;

/// <summary>
/// Messages with files (docs/discord-uploads.md): the same calls as their JSON twins, sent as
/// <c>multipart/form-data</c> with the body in <c>payload_json</c> and one <c>files[n]</c> part per file; the
/// client adds the message's <c>attachments</c> list itself. Files are checked against
/// <see cref="FileUploadLimits"/> before anything is sent (<see cref="ArgumentException"/>). Rate limits and
/// retries are those of every request; a retry sends the same files again.
/// </summary>
public sealed partial class DiscordRestClient
{
    /// <summary><c>POST /channels/{channel_id}/messages</c> with files.</summary>
    public Task<Message> CreateMessageAsync(ulong channelId, MessageCreate message, IReadOnlyList<FileAttachment> files, CancellationToken ct) =>
        sender.SendAsync<Message>(ChannelMessagesRoute(channelId), RequestBody.WithFiles(message, files), ct);

    /// <summary>The initial response with files: only a message (type 4) or an update of the component's message (type 7) carries files.</summary>
    public Task RespondAsync(Interaction interaction, InteractionResponse response, IReadOnlyList<FileAttachment> files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Type is not (InteractionResponseType.ChannelMessage or InteractionResponseType.UpdateMessage) || response.Data is null)
        {
            throw new ArgumentException($"Only a message (4) or update (7) response with data carries files, not {response.Type}.", nameof(response));
        }

        return sender.SendAsync(CallbackRoute(interaction), RequestBody.WithFiles(response, files, "data"), ct);
    }

    /// <summary><c>POST /webhooks/{application_id}/{token}</c>: a follow-up with files.</summary>
    public Task<Message> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageCreate message, IReadOnlyList<FileAttachment> files, CancellationToken ct) =>
        sender.SendAsync<Message>(FollowupRoute(applicationId, interactionToken), RequestBody.WithFiles(message, files), ct);

    /// <summary><c>PATCH .../messages/@original</c> with files (e.g. a chart after a deferred response). The
    /// message's attachments become exactly <paramref name="files"/>.</summary>
    public Task<Message> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageEdit edit, IReadOnlyList<FileAttachment> files, CancellationToken ct) =>
        sender.SendAsync<Message>(OriginalResponseRoute(applicationId, interactionToken), RequestBody.WithFiles(edit, files), ct);

    private static RestRoute ChannelMessagesRoute(ulong channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", Id(channelId));

    private static RestRoute CallbackRoute(Interaction interaction) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", $"/interactions/{interaction.Id}/{Uri.EscapeDataString(interaction.Token)}/callback", Major(interaction.Id, interaction.Token), IsInteractionWebhook: true);

    private static RestRoute FollowupRoute(ulong applicationId, string interactionToken) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", $"/webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}", Major(applicationId, interactionToken), IsInteractionWebhook: true);

    private static RestRoute OriginalResponseRoute(ulong applicationId, string interactionToken) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", $"/webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original", Major(applicationId, interactionToken), IsInteractionWebhook: true);
}
