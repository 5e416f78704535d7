using System.Text.Json;

namespace Drills.Discord.Tests.FakeServer.Bodies;

/// <summary>
/// The corpus <c>client-bodies.json</c>: one body per shape the bot and the client really sent in the
/// end-to-end and scenario tests, recorded by the fake (<c>DRILLS_RECORD_BODIES</c>, docs/discord.md
/// "Request bodies").
/// </summary>
internal static class ClientBodies
{
    private static readonly Lazy<IReadOnlyList<RecordedBody>> Loaded = new(Load);

    public static IReadOnlyList<RecordedBody> All => Loaded.Value;

    private static IReadOnlyList<RecordedBody> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "FakeServer", "Bodies", "client-bodies.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray()
            .Select(e => new RecordedBody(e.GetProperty("method").GetString()!, e.GetProperty("route").GetString()!, e.GetProperty("body").Clone()))
            .ToList();
    }
}
