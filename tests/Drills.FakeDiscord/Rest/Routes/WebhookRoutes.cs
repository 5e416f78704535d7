using System.Text.Json.Nodes;
using Drills.FakeDiscord.Interactions;

namespace Drills.FakeDiscord.Rest.Routes;

/// <summary>
/// Interaction follow-ups and @original edits (docs/discord.md "Interactions"): valid for 15 min after
/// the interaction, only once it was acknowledged; no Authorization, not under the global limit.
/// </summary>
internal static class WebhookRoutes
{
    public const string Execute = "/webhooks/{webhook_id}/{webhook_token}";
    public const string Message = "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}";

    public static IEnumerable<RouteEntry> All(ServerCore core)
    {
        yield return new RouteEntry("POST", new RouteTemplate(Execute), c => FollowUp(core, c), Exempt: true);
        yield return new RouteEntry("PATCH", new RouteTemplate(Message), c => Edit(core, c), Exempt: true);
        yield return new RouteEntry("GET", new RouteTemplate(Message), c => Get(core, c), Exempt: true);
        yield return new RouteEntry("DELETE", new RouteTemplate(Message), c => Delete(core, c), Exempt: true);
    }

    private static RestResult? Find(ServerCore core, RestContext c, out PendingInteraction pending)
    {
        pending = null!;
        if (c.Snowflake("webhook_id") != core.ApplicationId || !core.InteractionsByToken.TryGetValue(c.Param("webhook_token"), out var found))
        {
            return RestResult.NotFound(10015, "Webhook");
        }

        pending = found;
        if (core.Time.GetElapsedTime(found.CreatedAt) > core.Options.InteractionTokenLifetime)
        {
            return RestResult.Error(401, 50027, "Invalid Webhook Token");
        }

        // Follow-ups and edits need the interaction to be acknowledged first.
        return found.IsAcknowledged ? null : RestResult.NotFound(10015, "Webhook");
    }

    private static ulong? MessageId(RestContext c, PendingInteraction pending) =>
        c.Param("message_id") == "@original" ? pending.OriginalMessageId : c.Snowflake("message_id");

    private static RestResult FollowUp(ServerCore core, RestContext c)
    {
        if (Find(core, c, out var pending) is { } error)
        {
            return error;
        }

        var message = core.CreateMessage(pending.Channel, c.BodyObject, MessageSource.FollowUp, pending.Id, files: c.Files);
        return RestResult.Ok(message);
    }

    private static RestResult Edit(ServerCore core, RestContext c)
    {
        if (Find(core, c, out var pending) is { } error)
        {
            return error;
        }

        var body = c.BodyObject;
        if (MessageId(c, pending) is not { } id || core.Messages.Edit(id, pending.Channel.Id, core.Stored(body, c.Files, pending.Channel.Id), core.Time.GetUtcNow()) is not { } message)
        {
            return RestResult.NotFound(10008, "Message");
        }

        if (id == pending.OriginalMessageId && message["flags"] is JsonValue f && f.TryGetValue<int>(out var flags) && (flags & 128) != 0)
        {
            // The first edit of a deferred reply ends "thinking".
            message = core.Messages.Edit(id, null, new JsonObject { ["flags"] = flags & ~128 }, core.Time.GetUtcNow())!;
        }

        core.Record(id, pending.Channel, body, MessageSource.WebhookEdit, pending.Id, c.Files);
        return RestResult.Ok(message);
    }

    private static RestResult Get(ServerCore core, RestContext c)
    {
        if (Find(core, c, out var pending) is { } error)
        {
            return error;
        }

        return MessageId(c, pending) is { } id && core.Messages.Get(id, pending.Channel.Id) is { } message
            ? RestResult.Ok(message)
            : RestResult.NotFound(10008, "Message");
    }

    private static RestResult Delete(ServerCore core, RestContext c)
    {
        if (Find(core, c, out var pending) is { } error)
        {
            return error;
        }

        if (MessageId(c, pending) is not { } id || !core.Messages.Remove(id))
        {
            return RestResult.NotFound(10008, "Message");
        }

        core.Record(id, pending.Channel, null, MessageSource.Delete, pending.Id);
        return RestResult.NoContent;
    }
}
