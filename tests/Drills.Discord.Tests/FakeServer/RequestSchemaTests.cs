using System.Text.Json;
using Drills.Discord.Tests.FakeServer.Bodies;
using Drills.FakeDiscord.Validation;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The project's own request-body schemas, which need nothing outside the repository: every body the client
/// really sent (the recorded corpus) and every valid extra shape passes; each body breaking one of Discord's
/// rules is refused; every route the client sends a body to has a schema.
/// </summary>
public sealed class RequestSchemaTests
{
    public static TheoryData<string> BadNames => new(BadBodies.All.Keys);

    public static TheoryData<string> GoodNames => new(GoodBodies.All.Keys);

    [Fact]
    public void RecordedClientBodies_PassTheOwnSchemas()
    {
        Assert.NotEmpty(ClientBodies.All);
        var failures = ClientBodies.All
            .Select(b => (Body: b, Errors: Schema(b.Method, b.Route).Validate(b.Body)))
            .Where(x => x.Errors.Count > 0)
            .Select(x => $"{x.Body}: {string.Join("; ", x.Errors)}");

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(GoodNames))]
    public void ValidShapes_PassTheOwnSchemas(string name)
    {
        var good = GoodBodies.All[name];

        Assert.Empty(Schema(good.Method, good.Route).Validate(Parse(good.Json)));
    }

    [Theory]
    [MemberData(nameof(BadNames))]
    public void BrokenBodies_AreRefusedByTheOwnSchemas(string name)
    {
        var bad = BadBodies.All[name];

        Assert.NotEmpty(Schema(bad.Method, bad.Route).Validate(Parse(bad.Json)));
    }

    [Fact]
    public void EveryRouteTheClientSendsABodyTo_HasASchema()
    {
        var routes = ClientBodies.All.Select(b => $"{b.Method} {b.Route}").Distinct().ToList();

        Assert.Equal(9, routes.Count); // messages create/edit, DM, callback, follow-up, @original edit, global and guild commands, thread
        Assert.All(routes, r => Assert.Contains(r, RequestSchemas.Covered));
    }

    [Theory]
    [InlineData("""{"content": "x", "allowed_mentions": {"parse": [], "users": []}, "tts": true}""")]
    [InlineData("""{"content": "x", "allowed_mention": {"parse": []}}""")]
    [InlineData("""{"content": "x", "components": [{"type": 1, "components": [{"type": 2, "style": 5, "label": "Docs", "custom_id": "x"}]}]}""")]
    [InlineData("""{"content": "x", "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "A", "custom_id": "a"}, {"type": 3, "custom_id": "s", "options": [{"label": "o", "value": "1"}]}]}]}""")]
    [InlineData("""{"content": "x", "allowed_mentions": {"parse": ["users"], "users": ["1"]}}""")]
    [InlineData("""{"content": ""}""")]
    public void StricterThanDiscord_WhereTheClientNeverNeedsMore(string json) =>
        Assert.NotEmpty(Schema("POST", "/channels/{channel_id}/messages").Validate(Parse(json)));

    [Theory]
    [InlineData("""[{"name": "Drill", "description": "d"}]""")]
    [InlineData("""[{"name": "drill", "description": "d", "options": [{"type": 5, "name": "on", "description": "d", "choices": []}]}]""")]
    [InlineData("""[{"name": "drill", "description": "d", "options": [{"type": 3, "name": "id", "description": "d", "autocomplete": true, "choices": [{"name": "a", "value": "a"}]}]}]""")]
    [InlineData("""[{"name": "drill", "description": "d", "options": [{"type": 1, "name": "a", "description": "d"}, {"type": 3, "name": "b", "description": "d"}]}]""")]
    [InlineData("""[{"name": "drill", "description": ""}]""")]
    public void CommandRules_AreChecked(string json) =>
        Assert.NotEmpty(Schema("PUT", "/applications/{application_id}/commands").Validate(Parse(json)));

    private static OperationSchema Schema(string method, string route) =>
        RequestSchemas.Instance.Find(method, route) ?? throw new InvalidOperationException($"no own schema for {method} {route}");

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
