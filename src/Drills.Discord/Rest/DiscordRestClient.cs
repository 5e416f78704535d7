using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Discord;

/// <summary>
/// Discord HTTP API v10: the calls the bot needs. Rate limits, retries and errors are handled by
/// <see cref="RestRequestSender"/>; failures surface as <see cref="DiscordApiException"/> with Discord's code.
/// </summary>
public sealed class DiscordRestClient
{
    private readonly RestRequestSender sender;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<ulong, Channel> dmChannels = new();

    public DiscordRestClient(IHttpClientFactory httpClientFactory, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        sender = new RestRequestSender(httpClientFactory, options, time, logger);
        this.time = time;
    }

    /// <summary>Rate-limit buckets held right now (for tests and the soak benchmark; a cheap read).</summary>
    public int LiveRateLimitBuckets => sender.LiveBuckets;

    /// <summary><c>GET /gateway/bot</c>: where to connect, and how many Identifies are left.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct) =>
        sender.SendAsync<GatewayBotInfo>(new RestRoute(HttpMethod.Get, "/gateway/bot", "/gateway/bot", null), null, ct);

    /// <summary><c>GET /applications/{id}/commands</c> (global) or <c>.../guilds/{guild_id}/commands</c>.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(ulong applicationId, ulong? guildId, CancellationToken ct) =>
        sender.SendAsync<IReadOnlyList<ApplicationCommand>>(CommandsRoute(HttpMethod.Get, applicationId, guildId), null, ct);

    /// <summary><c>PUT /applications/{id}/commands</c> (global) or <c>.../guilds/{guild_id}/commands</c>: replaces the
    /// whole list and returns it as Discord now has it. Every call counts against Discord's 200 creations a day per
    /// guild: skipping an unchanged list is the caller's business (compare with <see cref="GetCommandsAsync"/>).</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct) =>
        sender.SendAsync<IReadOnlyList<ApplicationCommand>>(CommandsRoute(HttpMethod.Put, applicationId, guildId), commands, ct);

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the initial response (within 3 s; only once).
    /// No Authorization header; bypasses the global limiter; retried only while a retry can land within the 3 s.</summary>
    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken ct) =>
        sender.SendAsync(
            new RestRoute(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", $"/interactions/{interaction.Id}/{Uri.EscapeDataString(interaction.Token)}/callback", Major(interaction.Id, interaction.Token), IsInteractionWebhook: true, Deadline: CallbackDeadline.For(interaction, time)),
            response,
            ct);

    /// <summary><c>PATCH /webhooks/{application_id}/{token}/messages/@original</c> (e.g. after a deferred response).</summary>
    public Task<Message> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageEdit edit, CancellationToken ct) =>
        sender.SendAsync<Message>(
            new RestRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original", $"/webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original", Major(applicationId, interactionToken), IsInteractionWebhook: true),
            edit,
            ct);

    /// <summary><c>POST /webhooks/{application_id}/{token}</c>: a follow-up message (valid 15 min).</summary>
    public Task<Message> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageCreate message, CancellationToken ct) =>
        sender.SendAsync<Message>(
            new RestRoute(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}", $"/webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}", Major(applicationId, interactionToken), IsInteractionWebhook: true),
            message,
            ct);

    /// <summary><c>POST /channels/{channel_id}/messages</c>.</summary>
    public Task<Message> CreateMessageAsync(ulong channelId, MessageCreate message, CancellationToken ct) =>
        sender.SendAsync<Message>(
            new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages", $"/channels/{channelId}/messages", Id(channelId)),
            message,
            ct);

    /// <summary><c>PATCH /channels/{channel_id}/messages/{message_id}</c>.</summary>
    public Task<Message> EditMessageAsync(ulong channelId, ulong messageId, MessageEdit edit, CancellationToken ct) =>
        sender.SendAsync<Message>(
            new RestRoute(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"/channels/{channelId}/messages/{messageId}", Id(channelId)),
            edit,
            ct);

    /// <summary><c>POST /channels/{channel_id}/messages/{message_id}/threads</c>: a public thread on a message (needs Create
    /// Public Threads: 403 / 50013 without it; 160004 when the message has a thread already). The thread is a channel.</summary>
    public Task<Channel> StartThreadFromMessageAsync(ulong channelId, ulong messageId, ThreadCreate thread, CancellationToken ct) =>
        sender.SendAsync<Channel>(
            new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/threads", $"/channels/{channelId}/messages/{messageId}/threads", Id(channelId)),
            thread,
            ct);

    /// <summary><c>POST /users/@me/channels {"recipient_id"}</c>: the DM channel with a user, cached per user
    /// (docs/discord.md "Messages": opening DMs too fast gets the bot limited, 40003).</summary>
    public async Task<Channel> CreateDmAsync(ulong userId, CancellationToken ct)
    {
        if (dmChannels.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var channel = await sender.SendAsync<Channel>(
            new RestRoute(HttpMethod.Post, "/users/@me/channels", "/users/@me/channels", null),
            new CreateDmRequest { RecipientId = userId },
            ct).ConfigureAwait(false);
        dmChannels[userId] = channel;
        return channel;
    }

    private static RestRoute CommandsRoute(HttpMethod method, ulong applicationId, ulong? guildId) => guildId is { } guild
        ? new RestRoute(method, "/applications/{application_id}/guilds/{guild_id}/commands", $"/applications/{applicationId}/guilds/{guild}/commands", Id(guild))
        : new RestRoute(method, "/applications/{application_id}/commands", $"/applications/{applicationId}/commands", null);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Major(ulong id, string token) => $"{id}/{token}";
}
