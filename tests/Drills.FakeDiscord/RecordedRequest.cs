using System.Text.Json;

namespace Drills.FakeDiscord;

/// <summary>One HTTP request the bot made and the status the fake answered.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? Route,
    JsonElement? Body,
    int Status,
    int? ErrorCode,
    DateTimeOffset Timestamp,
    IReadOnlyDictionary<string, string> Headers);
