using System.Text.Json;
using Drills.Discord.Tests.FakeServer.Bodies;
using Drills.Discord.Tests.Support;
using Drills.FakeDiscord.Validation;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The project's schemas agree with Discord's official OpenAPI spec (when it is beside the repository; skipped
/// with the reason otherwise, failing under <c>DRILLS_REQUIRE_DISCORD_SPEC=1</c>): every recorded client body
/// and every valid extra shape our schemas accept is accepted by the spec too, every broken body is refused by
/// both, and every operation we cover exists in the spec. (The fake also checks each body against the spec
/// whenever it finds it: see <c>FakeRestTests</c>.)
/// </summary>
public sealed class OfficialSpecAgreementTests
{
    public static TheoryData<string> BadNames => new(BadBodies.All.Keys);

    [DiscordSpecFact]
    public void BodiesOurSchemasAccept_TheOfficialSpecAccepts()
    {
        var spec = OpenApiSpec.Load(DiscordSpecSkip.RequirePath());
        var bodies = ClientBodies.All.Concat(GoodBodies.All.Values.Select(g => new RecordedBody(g.Method, g.Route, Parse(g.Json))));

        var disagreements = bodies
            .Where(b => RequestSchemas.Instance.Find(b.Method, b.Route)!.IsValid(b.Body))
            .Select(b => (Body: b, Errors: Official(spec, b.Method, b.Route).Validate(b.Body)))
            .Where(x => x.Errors.Count > 0)
            .Select(x => $"{x.Body}: {string.Join("; ", x.Errors)}");

        Assert.Empty(disagreements);
    }

    [DiscordSpecTheory]
    [MemberData(nameof(BadNames))]
    public void BrokenBodies_AreRefusedByBoth(string name)
    {
        var spec = OpenApiSpec.Load(DiscordSpecSkip.RequirePath());
        var bad = BadBodies.All[name];
        var body = Parse(bad.Json);

        Assert.False(RequestSchemas.Instance.Find(bad.Method, bad.Route)!.IsValid(body), "our schemas accepted it");
        Assert.False(Official(spec, bad.Method, bad.Route).IsValid(body), "the official spec accepted it");
    }

    [DiscordSpecFact]
    public void EveryOperationWeCover_IsInTheOfficialSpec()
    {
        var spec = OpenApiSpec.Load(DiscordSpecSkip.RequirePath());

        Assert.All(RequestSchemas.Covered, op => Official(spec, op.Split(' ')[0], op.Split(' ')[1]));
    }

    // The route template stands in for the path: its {parameters} match the spec's own.
    private static OperationSchema Official(OpenApiSpec spec, string method, string route) =>
        spec.Find(method, route, out _) ?? throw new InvalidOperationException($"the official spec has no body schema for {method} {route}");

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
