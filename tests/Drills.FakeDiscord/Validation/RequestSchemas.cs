using System.Collections.Frozen;
using System.Text.Json;
using Json.Schema;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// The project's own JSON Schemas (2020-12) of the request bodies the client sends, from
/// <c>request-bodies.schema.json</c> (embedded). They need nothing outside the repository, so every clone
/// checks bodies; Discord's official spec adds a second opinion when it is found (<see cref="OpenApiSpec"/>).
/// </summary>
internal sealed class RequestSchemas
{
    private const string ResourceName = "Drills.FakeDiscord.Validation.request-bodies.schema.json";
    private static readonly Lazy<RequestSchemas> Shared = new(() => new RequestSchemas());

    /// <summary>Method + the fake's route template -> the <c>$defs</c> entry its body must match.</summary>
    private static readonly FrozenDictionary<string, string> Operations = new Dictionary<string, string>
    {
        ["POST /channels/{channel_id}/messages"] = "messageCreate",
        ["PATCH /channels/{channel_id}/messages/{message_id}"] = "messageEdit",
        ["POST /users/@me/channels"] = "dmCreate",
        ["POST /channels/{channel_id}/messages/{message_id}/threads"] = "threadFromMessage",
        ["POST /interactions/{interaction_id}/{interaction_token}/callback"] = "callback",
        ["POST /webhooks/{webhook_id}/{webhook_token}"] = "messageCreate",
        ["PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"] = "messageEdit",
        ["PUT /applications/{application_id}/commands"] = "commandList",
        ["PUT /applications/{application_id}/guilds/{guild_id}/commands"] = "commandList",
        ["POST /applications/{application_id}/commands"] = "command",
        ["POST /applications/{application_id}/guilds/{guild_id}/commands"] = "command",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, OperationSchema> _schemas;
    private int _built;

    private RequestSchemas()
    {
        using var stream = typeof(RequestSchemas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement.Clone();
        var id = root.GetProperty("$id").GetString()!;
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.Build(root, build);

        var definitions = root.GetProperty("$defs");
        _schemas = Operations.Values.Distinct().ToFrozenDictionary(
            name => name,
            name => new OperationSchema(Reference(id, name, build), Alternatives(id, definitions.GetProperty(name), build), "SCHEMA_"));
    }

    public static RequestSchemas Instance => Shared.Value;

    /// <summary>Every operation covered, as "METHOD template".</summary>
    public static IReadOnlyCollection<string> Covered => Operations.Keys;

    /// <summary>The schema of <paramref name="method"/> + <paramref name="route"/> (the fake's template), or null when
    /// the client never sends a body there.</summary>
    public OperationSchema? Find(string method, string? route) =>
        route is not null && Operations.TryGetValue(method.ToUpperInvariant() + " " + route, out var name) ? _schemas[name] : null;

    private JsonSchema Reference(string id, string name, BuildOptions build)
    {
        // Each wrapper gets its own $id: the registry refuses two anonymous documents.
        var own = $"{id}/ref/{++_built}";
        using var doc = JsonDocument.Parse($$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"{{own}}","$ref":"{{id}}#/$defs/{{name}}"}""");
        return JsonSchema.Build(doc.RootElement.Clone(), build);
    }

    // A oneOf of $refs (the callback types): errors are reported from the branch the body meant.
    private JsonSchema[] Alternatives(string id, JsonElement definition, BuildOptions build) =>
        definition.TryGetProperty("oneOf", out var branches) && branches.EnumerateArray().All(b => b.TryGetProperty("$ref", out _))
            ? branches.EnumerateArray().Select(b => Reference(id, b.GetProperty("$ref").GetString()!["#/$defs/".Length..], build)).ToArray()
            : [];
}
