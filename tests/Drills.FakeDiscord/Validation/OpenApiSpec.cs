using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.Rest;
using Json.Schema;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// Discord's OpenAPI 3.1 spec as JSON Schema 2020-12 validators: each operation's
/// <c>requestBody</c> schema, with <c>$ref</c>s into <c>components/schemas</c> (moved to <c>$defs</c>
/// of one registered document), compiled once per operation and cached. Loaded once per process.
/// </summary>
internal sealed class OpenApiSpec
{
    private const string Base = "https://fake-discord.test/";
    private static readonly ConcurrentDictionary<string, Lazy<OpenApiSpec>> Loaded = new();
    private readonly Dictionary<string, List<(RouteTemplate Template, JsonNode Schema)>> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<OperationSchema?>> _compiled = new();
    private readonly BuildOptions _build;
    private int _next;

    private OpenApiSpec(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var defs = root["components"]!["schemas"]!.DeepClone().AsObject();
        Patch(defs);
        RewriteRefs(defs, "#/$defs/");
        var components = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Base + "components",
            ["$defs"] = defs,
        };
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        using var doc = JsonDocument.Parse(components.ToJsonString());
        JsonSchema.Build(doc.RootElement.Clone(), _build);

        foreach (var (template, item) in root["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                if (op is not JsonObject || op["requestBody"]?["content"]?["application/json"]?["schema"] is not { } schema)
                {
                    continue;
                }

                if (!_bodies.TryGetValue(method, out var list))
                {
                    _bodies[method] = list = [];
                }

                var copy = schema.DeepClone();
                RewriteRefs(copy, Base + "components#/$defs/");
                list.Add((new RouteTemplate(template), copy));
            }
        }
    }

    public static OpenApiSpec Load(string path) => Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<OpenApiSpec>(() => new OpenApiSpec(p))).Value;

    /// <summary>The compiled body schema of the operation matching <paramref name="method"/> + <paramref name="path"/>.</summary>
    public OperationSchema? Find(string method, string path, out string? template)
    {
        template = null;
        if (!_bodies.TryGetValue(method, out var list))
        {
            return null;
        }

        var segments = RouteTemplate.Split(path);
        (RouteTemplate Template, JsonNode Schema)? best = null;
        foreach (var entry in list)
        {
            if (entry.Template.Match(segments) is not null && (best is null || entry.Template.LiteralCount > best.Value.Template.LiteralCount))
            {
                best = entry;
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        template = found.Template.Template;
        return _compiled.GetOrAdd(method.ToUpperInvariant() + " " + template, _ => new Lazy<OperationSchema?>(() => Compile(found.Schema))).Value;
    }

    private OperationSchema Compile(JsonNode schema)
    {
        var main = Build(schema);
        var alternatives = (schema["anyOf"] ?? schema["oneOf"]) is JsonArray alts && alts.All(a => a?["$ref"] is not null)
            ? alts.Select(a => Build(a!)).ToArray()
            : [];
        return new OperationSchema(main, alternatives, "OPENAPI_");
    }

    private JsonSchema Build(JsonNode schema)
    {
        // $schema and $id first: JsonSchema.Net reads keywords in order, and a later $id breaks $ref registration.
        var wrapped = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Base + "op/" + Interlocked.Increment(ref _next),
        };
        foreach (var (key, value) in schema.AsObject())
        {
            wrapped[key] = value?.DeepClone();
        }

        using var doc = JsonDocument.Parse(wrapped.ToJsonString());
        return JsonSchema.Build(doc.RootElement.Clone(), _build);
    }

    /// <summary>Where the documented rules win over the spec: default_member_permissions is a string bitfield
    /// (docs/discord.md "Request bodies").</summary>
    private static void Patch(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["properties"] is JsonObject props && props.ContainsKey("default_member_permissions"))
                {
                    props["default_member_permissions"] = new JsonObject
                    {
                        ["type"] = new JsonArray("string", "null"),
                        ["pattern"] = "^[0-9]+$",
                    };
                }

                foreach (var (_, child) in o.ToArray())
                {
                    Patch(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Patch(child);
                }

                break;
        }
    }

    /// <summary>Points <c>$ref</c>s at <paramref name="prefix"/> and drops OpenAPI <c>x-</c> extensions.</summary>
    private static void RewriteRefs(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["$ref"] is JsonValue r && r.GetValue<string>() is { } s && s.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    o["$ref"] = prefix + s["#/components/schemas/".Length..];
                }

                foreach (var (key, child) in o.ToArray())
                {
                    // OpenAPI extensions (x-discord-union) are not JSON Schema keywords: the 2020-12 dialect rejects them.
                    if (key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        o.Remove(key);
                    }
                    else
                    {
                        RewriteRefs(child, prefix);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    RewriteRefs(child, prefix);
                }

                break;
        }
    }
}
