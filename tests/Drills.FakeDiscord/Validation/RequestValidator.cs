using System.Collections.Concurrent;
using System.Text.Json;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// Validates a request body in three layers: the project's own schema of the operation (always), Discord's
/// official OpenAPI schema (when the spec was found), and the docs' limits a schema cannot say, with
/// <c>allowed_mentions</c> on every message-creating body. Results are cached per route + body text, so
/// benchmarks repeating bodies stay cheap.
/// </summary>
internal sealed class RequestValidator
{
    private const int MaxCache = 20_000;
    private readonly RequestSchemas? _own;
    private readonly OpenApiSpec? _spec;
    private readonly ConcurrentDictionary<string, SchemaError[]> _cache = new();

    public RequestValidator(FakeDiscordOptions options)
    {
        if (!options.ValidateSchemas)
        {
            OfficialSpecSkippedReason = "schema validation disabled by FakeDiscordOptions.ValidateSchemas";
            return;
        }

        _own = RequestSchemas.Instance;
        var path = SpecLocator.Find(options.OpenApiPath, out var whyNot);
        OfficialSpecSkippedReason = whyNot;
        _spec = path is null ? null : OpenApiSpec.Load(path);
    }

    /// <summary>Why bodies are not also checked against Discord's official spec, or null when they are.</summary>
    public string? OfficialSpecSkippedReason { get; }

    /// <param name="method">HTTP method.</param>
    /// <param name="path">Path under /api/v10.</param>
    /// <param name="route">The fake's route template (decides the own schema and the docs limits), or null.</param>
    /// <param name="body">The parsed body.</param>
    /// <param name="raw">The body text (cache key).</param>
    public IReadOnlyList<SchemaError> Validate(string method, string path, string? route, JsonElement body, string raw)
    {
        var key = method + " " + (route ?? path) + "\n" + raw;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        BodyLog.Append(method, route, body);
        var errors = new List<SchemaError>();
        if (_own?.Find(method, route) is { } own)
        {
            errors.AddRange(own.Validate(body));
        }

        if (_spec?.Find(method, path, out _) is { } official)
        {
            errors.AddRange(official.Validate(body));
        }

        DiscordLimits.Check(method, route, body, errors);
        var result = errors.ToArray();
        if (_cache.Count >= MaxCache)
        {
            _cache.Clear();
        }

        _cache[key] = result;
        return result;
    }
}
