using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Rest.Routes;

/// <summary>Channel messages and DM channels (docs/discord.md "Messages").</summary>
internal static class ChannelRoutes
{
    public static IEnumerable<RouteEntry> All(ServerCore core)
    {
        yield return new RouteEntry("GET", new RouteTemplate("/channels/{channel_id}"), c => GetChannel(core, c));
        yield return new RouteEntry("POST", new RouteTemplate("/channels/{channel_id}/messages"), c => Post(core, c));
        yield return new RouteEntry("GET", new RouteTemplate("/channels/{channel_id}/messages/{message_id}"), c => Get(core, c));
        yield return new RouteEntry("PATCH", new RouteTemplate("/channels/{channel_id}/messages/{message_id}"), c => Edit(core, c));
        yield return new RouteEntry("DELETE", new RouteTemplate("/channels/{channel_id}/messages/{message_id}"), c => Delete(core, c));
        yield return new RouteEntry("POST", new RouteTemplate("/users/@me/channels"), c => OpenDm(core, c));
    }

    private static RestResult? Check(ServerCore core, RestContext c, out FakeChannel channel)
    {
        channel = null!;
        if (c.Snowflake("channel_id") is not { } id || core.State.Channel(id) is not { } found)
        {
            return RestResult.NotFound(10003, "Channel");
        }

        channel = found;
        return core.State.ChannelFailure(id) switch
        {
            50001 => RestResult.Error(403, 50001, "Missing Access"),
            0 => null,
            var code => RestResult.Error(403, code, "Missing Permissions"),
        };
    }

    private static RestResult GetChannel(ServerCore core, RestContext c) =>
        Check(core, c, out var channel) ?? RestResult.Ok(Payloads.Channel(channel, core.State));

    private static RestResult Post(ServerCore core, RestContext c)
    {
        if (Check(core, c, out var channel) is { } error)
        {
            return error;
        }

        // Discord: 50007 when the recipient closed their DMs (the bot must stop DMing them).
        if (channel.IsDm && core.State.User(channel.RecipientId!.Value) is { DmsClosed: true })
        {
            return RestResult.Error(403, 50007, "Cannot send messages to this user");
        }

        if (c.Files.Count > 0 && core.State.FilesDenied(channel.Id))
        {
            return RestResult.Error(403, 50013, "Missing Permissions");
        }

        var body = c.BodyObject;
        if (body is null || !(HasPayload(body) || c.Files.Count > 0))
        {
            return RestResult.Error(400, 50006, "Cannot send an empty message");
        }

        return RestResult.Ok(core.CreateMessage(channel, body, MessageSource.ChannelPost, null, files: c.Files));
    }

    private static RestResult Get(ServerCore core, RestContext c) =>
        Check(core, c, out var channel) ?? (c.Snowflake("message_id") is { } id && core.Messages.Get(id, channel.Id) is { } m
            ? RestResult.Ok(m)
            : RestResult.NotFound(10008, "Message"));

    private static RestResult Edit(ServerCore core, RestContext c)
    {
        if (Check(core, c, out var channel) is { } error)
        {
            return error;
        }

        var body = c.BodyObject;
        if (c.Snowflake("message_id") is not { } id || core.Messages.Edit(id, channel.Id, core.Stored(body, c.Files, channel.Id), core.Time.GetUtcNow()) is not { } message)
        {
            return RestResult.NotFound(10008, "Message");
        }

        core.Record(id, channel, body, MessageSource.ChannelEdit, null, c.Files);
        return RestResult.Ok(message);
    }

    private static RestResult Delete(ServerCore core, RestContext c)
    {
        if (Check(core, c, out var channel) is { } error)
        {
            return error;
        }

        if (c.Snowflake("message_id") is not { } id || core.Messages.Get(id, channel.Id) is null || !core.Messages.Remove(id))
        {
            return RestResult.NotFound(10008, "Message");
        }

        core.Record(id, channel, null, MessageSource.Delete, null);
        return RestResult.NoContent;
    }

    private static RestResult OpenDm(ServerCore core, RestContext c)
    {
        var recipient = c.BodyObject?["recipient_id"] is JsonValue v && v.TryGetValue<string>(out var s) && ulong.TryParse(s, out var id) ? core.State.User(id) : null;
        return recipient is null || recipient.IsBot
            ? RestResult.NotFound(10013, "User")
            : RestResult.Ok(Payloads.Channel(core.State.DmChannel(recipient), core.State));
    }

    /// <summary>Discord refuses a message with no content, embeds, components, stickers or poll (50006).</summary>
    public static bool HasPayload(JsonObject body) =>
        (body["content"] is JsonValue content && content.TryGetValue<string>(out var text) && text.Length > 0)
        || body["embeds"] is JsonArray { Count: > 0 }
        || body["components"] is JsonArray { Count: > 0 }
        || body["sticker_ids"] is JsonArray { Count: > 0 }
        || body["poll"] is JsonObject;
}
