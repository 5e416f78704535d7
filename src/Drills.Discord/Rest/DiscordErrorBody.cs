using System.Text.Json;

namespace Drills.Discord;

/// <summary>Discord's error body <c>{code, message, errors?}</c>; a 429 adds <c>retry_after</c> (seconds) and <c>global</c>.</summary>
internal sealed class DiscordErrorBody
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public string? Errors { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }

    /// <summary>Liberal parse: any field may be missing or of an unexpected kind.</summary>
    public static DiscordErrorBody Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new DiscordErrorBody();
        }

        return new DiscordErrorBody
        {
            Code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var code) ? code : null,
            Message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null,
            Errors = root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object ? e.GetRawText() : null,
            RetryAfter = root.TryGetProperty("retry_after", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetDouble() : null,
            Global = root.TryGetProperty("global", out var g) && g.ValueKind is JsonValueKind.True or JsonValueKind.False ? g.GetBoolean() : null,
        };
    }
}
