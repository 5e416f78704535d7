using System.Text.Json;

namespace Drills.FakeDiscord.Validation;

/// <summary>Which docs limits apply to which route (docs/discord.md, "Messages" and "Request bodies").</summary>
internal static partial class DiscordLimits
{
    public static void Check(string method, string? route, JsonElement body, List<SchemaError> errors)
    {
        switch (method, route)
        {
            case ("POST", "/channels/{channel_id}/messages"):
            case ("POST", "/webhooks/{webhook_id}/{webhook_token}"):
                Message(body, string.Empty, errors);
                RequireAllowedMentions(body, string.Empty, errors);
                break;
            case ("PATCH", "/channels/{channel_id}/messages/{message_id}"):
                Message(body, string.Empty, errors);
                break;
            case ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"):
                // Editing @original after a defer publishes the content: treat it like a create when it has content.
                Message(body, string.Empty, errors);
                if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("content", out _))
                {
                    RequireAllowedMentions(body, string.Empty, errors);
                }

                break;
            case ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"):
                Callback(body, errors);
                if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) && type is 4 or 7)
                {
                    RequireAllowedMentions(body.TryGetProperty("data", out var data) ? data : default, "/data", errors);
                }

                break;
            case ("PUT" or "POST", "/applications/{application_id}/commands" or "/applications/{application_id}/guilds/{guild_id}/commands"):
            case ("PATCH", "/applications/{application_id}/commands/{command_id}" or "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}"):
                Commands(body, errors);
                break;
        }
    }

    // docs/discord.md "allowed_mentions": every message a bot creates says who may be pinged ({"parse": []}: nobody).
    private static void RequireAllowedMentions(JsonElement message, string at, List<SchemaError> errors)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("allowed_mentions", out var am) || am.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(at + "/allowed_mentions", "ALLOWED_MENTIONS_MISSING", "allowed_mentions must be set on every message-creating body (e.g. {\"parse\": []})."));
        }
    }
}
