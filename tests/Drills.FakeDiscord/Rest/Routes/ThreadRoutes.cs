using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Rest.Routes;

/// <summary>
/// Start Thread from Message (docs/discord.md "Threads"): a public thread (type 11) on a message of a guild text
/// channel. The body (name 1-100 characters, auto_archive_duration 60/1440/4320/10080) is checked by the schemas
/// before this runs. Refused as Discord does: an unknown channel (10003) or message (10008), a DM (50024), a bot
/// without Create Public Threads (403, 50013; <see cref="FaultInjector.DenyThreads"/>), a message that already has a
/// thread (400, 160004). Answers 201 with the thread channel and dispatches THREAD_CREATE.
/// </summary>
internal static class ThreadRoutes
{
    private const int DefaultArchive = 1440;

    public static IEnumerable<RouteEntry> All(ServerCore core)
    {
        yield return new RouteEntry("POST", new RouteTemplate("/channels/{channel_id}/messages/{message_id}/threads"), c => Start(core, c));
    }

    private static RestResult Start(ServerCore core, RestContext c)
    {
        if (c.Snowflake("channel_id") is not { } channelId || core.State.Channel(channelId) is not { } channel)
        {
            return RestResult.NotFound(10003, "Channel");
        }

        switch (core.State.ChannelFailure(channelId))
        {
            case 0:
                break;
            case 50001:
                return RestResult.Error(403, 50001, "Missing Access");
            case var code:
                return RestResult.Error(403, code, "Missing Permissions");
        }

        if (channel.IsDm)
        {
            return RestResult.Error(400, 50024, "Cannot execute action on this channel type");
        }

        if (c.Snowflake("message_id") is not { } messageId || core.Messages.Get(messageId, channelId) is null)
        {
            return RestResult.NotFound(10008, "Message");
        }

        if (core.State.ThreadsDenied(channelId))
        {
            return RestResult.Error(403, 50013, "Missing Permissions");
        }

        var body = c.BodyObject;
        var name = body?["name"] is JsonValue n && n.TryGetValue<string>(out var text) ? text : "";
        var archive = body?["auto_archive_duration"] is JsonValue a && a.TryGetValue<int>(out var minutes) ? minutes : DefaultArchive;
        var now = core.Time.GetUtcNow();
        var thread = new FakeThread(messageId, channelId, channel.GuildId!.Value, name, archive, now);
        if (!core.State.TryAddThread(thread))
        {
            return RestResult.Error(400, 160004, "A thread has already been created for this message");
        }

        var payload = Payload(thread, now, core.Bot.Id);
        core.Gateway.Dispatch("THREAD_CREATE", payload.DeepClone(), thread.GuildId, intent: 1);
        return RestResult.Created(payload);
    }

    private static JsonObject Payload(FakeThread t, DateTimeOffset now, ulong ownerId) => new()
    {
        ["id"] = Payloads.Id(t.Id),
        ["type"] = 11,
        ["guild_id"] = Payloads.Id(t.GuildId),
        ["parent_id"] = Payloads.Id(t.ParentId),
        ["owner_id"] = Payloads.Id(ownerId),
        ["name"] = t.Name,
        ["last_message_id"] = null,
        ["rate_limit_per_user"] = 0,
        ["message_count"] = 0,
        ["member_count"] = 1,
        ["flags"] = 0,
        ["thread_metadata"] = new JsonObject
        {
            ["archived"] = false,
            ["auto_archive_duration"] = t.AutoArchiveDuration,
            ["archive_timestamp"] = Payloads.Iso(now),
            ["locked"] = false,
        },
    };
}
