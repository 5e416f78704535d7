using System.Collections.Concurrent;
using System.Text.Json;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// Validates a request body: Discord's OpenAPI schema of the operation (when the spec was found),
/// the docs' extra limits, and <c>allowed_mentions</c> on every message-creating body. Results are
/// cached per route + body text, so benchmarks repeating bodies stay cheap.
/// </summary>
internal sealed class RequestValidator
{
    private const int MaxCache = 20_000;
    private readonly OpenApiSpec? _spec;
    private readonly ConcurrentDictionary<string, SchemaError[]> _cache = new();

    public RequestValidator(FakeDiscordOptions options)
    {
        if (!options.ValidateSchemas)
        {
            SkippedReason = "schema validation disabled by FakeDiscordOptions.ValidateSchemas";
            return;
        }

        var path = SpecLocator.Find(options.OpenApiPath, out var whyNot);
        SkippedReason = whyNot;
        _spec = path is null ? null : OpenApiSpec.Load(path);
    }

    /// <summary>Why OpenAPI validation is off, or null when it is on.</summary>
    public string? SkippedReason { get; }

    /// <param name="method">HTTP method.</param>
    /// <param name="path">Path under /api/v10.</param>
    /// <param name="route">The fake's route template (decides which docs limits apply), or null.</param>
    /// <param name="body">The parsed body.</param>
    /// <param name="raw">The body text (cache key).</param>
    public IReadOnlyList<SchemaError> Validate(string method, string path, string? route, JsonElement body, string raw)
    {
        var key = method + " " + (route ?? path) + "\n" + raw;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var errors = new List<SchemaError>();
        if (_spec?.Find(method, path, out _) is { } schema)
        {
            errors.AddRange(schema.Validate(body));
        }

        Limits(method, route, body, errors);
        var result = errors.ToArray();
        if (_cache.Count >= MaxCache)
        {
            _cache.Clear();
        }

        _cache[key] = result;
        return result;
    }

    private static void Limits(string method, string? route, JsonElement body, List<SchemaError> errors)
    {
        switch (method, route)
        {
            case ("POST", "/channels/{channel_id}/messages"):
            case ("POST", "/webhooks/{webhook_id}/{webhook_token}"):
                DiscordLimits.Message(body, string.Empty, errors);
                RequireAllowedMentions(body, string.Empty, errors);
                break;
            case ("PATCH", "/channels/{channel_id}/messages/{message_id}"):
                DiscordLimits.Message(body, string.Empty, errors);
                break;
            case ("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"):
                // Editing @original after a defer publishes the content: treat it like a create when it has content.
                DiscordLimits.Message(body, string.Empty, errors);
                if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("content", out _))
                {
                    RequireAllowedMentions(body, string.Empty, errors);
                }

                break;
            case ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"):
                DiscordLimits.Callback(body, errors);
                if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) && type is 4 or 7)
                {
                    RequireAllowedMentions(body.TryGetProperty("data", out var data) ? data : default, "/data", errors);
                }

                break;
            case ("PUT" or "POST", "/applications/{application_id}/commands" or "/applications/{application_id}/guilds/{guild_id}/commands"):
            case ("PATCH", "/applications/{application_id}/commands/{command_id}" or "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}"):
                DiscordLimits.Commands(body, errors);
                break;
        }
    }

    // PROTOCOL.md: always send allowed_mentions ({"parse": []} unless a mention is meant).
    private static void RequireAllowedMentions(JsonElement message, string at, List<SchemaError> errors)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("allowed_mentions", out var am) || am.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(at + "/allowed_mentions", "ALLOWED_MENTIONS_MISSING", "allowed_mentions must be set on every message-creating body (e.g. {\"parse\": []})."));
        }
    }
}
