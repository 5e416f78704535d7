using System.Text.Json;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// With <c>DRILLS_RECORD_BODIES=/some/file.jsonl</c>, every body the fake validates is appended there as
/// <c>{"method", "route", "body"}</c>: how the corpus of real client bodies in the schema tests is refreshed
/// (docs/discord.md, "Request bodies"). Off unless the variable is set.
/// </summary>
internal static class BodyLog
{
    private static readonly string? Target = Environment.GetEnvironmentVariable("DRILLS_RECORD_BODIES");
    private static readonly Lock Gate = new();

    public static void Append(string method, string? route, JsonElement body)
    {
        if (Target is null || route is null)
        {
            return;
        }

        var line = JsonSerializer.Serialize(new { method, route, body }) + "\n";
        lock (Gate)
        {
            File.AppendAllText(Target, line);
        }
    }
}
