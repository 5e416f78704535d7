using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.Interactions;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Rest.Routes;

/// <summary><c>POST /interactions/{id}/{token}/callback</c> (docs/discord.md "Interactions").</summary>
internal static class InteractionRoutes
{
    public const string Callback = "/interactions/{interaction_id}/{interaction_token}/callback";

    public static IEnumerable<RouteEntry> All(ServerCore core)
    {
        yield return new RouteEntry("POST", new RouteTemplate(Callback), c => Respond(core, c), Exempt: true);
    }

    /// <summary>Completes the test's wait with the first final answer (not injected 429/5xx, which the bot retries).</summary>
    public static void Observe(ServerCore core, RestContext context, RestResult result)
    {
        if (context.Route?.Template.Template != Callback || result.Status is 429 or >= 500
            || context.Snowflake("interaction_id") is not { } id || !core.Interactions.TryGetValue(id, out var pending))
        {
            return;
        }

        var body = context.Body;
        int? type = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("type", out var t) && t.TryGetInt32(out var ti) ? ti : null;
        JsonElement? data = body is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("data", out var d) ? d.Clone() : null;
        var latency = core.Time.GetElapsedTime(pending.CreatedAt);
        pending.FirstAttempt.TrySetResult(new CallbackOutcome(result.Status, result.ErrorCode, type, data, latency));
    }

    private static RestResult Respond(ServerCore core, RestContext c)
    {
        if (c.Snowflake("interaction_id") is not { } id || !core.Interactions.TryGetValue(id, out var pending) || pending.Token != c.Param("interaction_token"))
        {
            return RestResult.NotFound(10062, "interaction");
        }

        // Discord: the initial response must arrive within 3 s, after that the token is dead (10062).
        if (!pending.IsAcknowledged && core.Time.GetElapsedTime(pending.CreatedAt) > core.Options.InteractionDeadline)
        {
            return RestResult.NotFound(10062, "interaction");
        }

        var body = c.BodyObject ?? [];
        var type = body["type"] is JsonValue tv && tv.TryGetValue<int>(out var ti) ? ti : 0;
        if (!Allowed(pending.Type, type))
        {
            core.Recorder.Violation(c.Method, c.Path, $"callback type {type} is not valid for interaction type {pending.Type}");
            return RestResult.Error(400, 50035, "Invalid Form Body", new JsonObject
            {
                ["type"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "INTERACTION_RESPONSE_TYPE_INVALID", ["message"] = "Invalid interaction response type." }) },
            });
        }

        if (type == 4 && !ChannelRoutes.HasPayload(body["data"] as JsonObject ?? []) && c.Files.Count == 0)
        {
            return RestResult.Error(400, 50006, "Cannot send an empty message");
        }

        if (!pending.TryAcknowledge())
        {
            return RestResult.Error(400, 40060, "Interaction has already been acknowledged.");
        }

        var data = body["data"] as JsonObject;
        JsonObject? message = null;
        switch (type)
        {
            case 4:
                message = core.CreateMessage(pending.Channel, data, MessageSource.InteractionResponse, pending.Id, type: 20, files: c.Files);
                pending.OriginalMessageId = ulong.Parse((string)message["id"]!);
                break;
            case 5:
                // A deferred reply shows "thinking" (LOADING, 1 << 7) until @original is edited.
                var flags = (data?["flags"] is JsonValue f && f.TryGetValue<int>(out var fi) ? fi : 0) | 128;
                message = core.CreateMessage(pending.Channel, new JsonObject { ["flags"] = flags }, MessageSource.InteractionResponse, pending.Id, type: 20);
                pending.OriginalMessageId = ulong.Parse((string)message["id"]!);
                break;
            case 6 or 7:
                pending.OriginalMessageId = pending.MessageId;
                if (type == 7 && pending.MessageId is { } mid)
                {
                    message = core.Messages.Edit(mid, null, core.Stored(data, c.Files, pending.Channel.Id), core.Time.GetUtcNow());
                    core.Record(mid, pending.Channel, data, MessageSource.InteractionUpdate, pending.Id, c.Files);
                }

                break;
        }

        if (!c.QueryFlag("with_response"))
        {
            return RestResult.NoContent;
        }

        var resource = new JsonObject { ["type"] = type };
        if (message is not null)
        {
            resource["message"] = message;
        }

        return RestResult.Ok(new JsonObject
        {
            ["interaction"] = new JsonObject { ["id"] = Payloads.Id(pending.Id), ["type"] = pending.Type, ["response_message_loading"] = type == 5 },
            ["resource"] = resource,
        });
    }

    // Which callback answers which interaction (a modal cannot answer a modal submit; autocomplete only takes 8).
    private static bool Allowed(int interactionType, int callbackType) => interactionType switch
    {
        2 => callbackType is 4 or 5 or 9,
        3 => callbackType is 4 or 5 or 6 or 7 or 9,
        4 => callbackType is 8,
        5 => callbackType is 4 or 5 or 6 or 7,
        _ => false,
    };
}
