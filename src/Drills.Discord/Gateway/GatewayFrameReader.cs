using System.Text.Json;

namespace Drills.Discord;

/// <summary>
/// Reads <c>{op, d, s, t}</c> liberally: unknown fields ignored, <c>d</c>/<c>s</c>/<c>t</c> optional, <c>s</c> may
/// be 0. Returns false for anything that is not a JSON object with a numeric <c>op</c> (logged and skipped).
/// The document is parsed in place over the frame's bytes; <c>d</c> is cloned (the one copy of a payload made
/// on receive), so it outlives the document and the socket's buffer.
/// </summary>
internal static class GatewayFrameReader
{
    public static bool TryRead(GatewayFrame frame, out int op, out JsonElement d, out long? s, out string? t)
    {
        op = -1;
        d = default;
        s = null;
        t = null;
        try
        {
            using var doc = JsonDocument.Parse(frame.Json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var opElement) || !opElement.TryGetInt32(out op))
            {
                return false;
            }

            if (root.TryGetProperty("d", out var data))
            {
                d = data.Clone();
            }

            if (root.TryGetProperty("s", out var seq) && seq.ValueKind == JsonValueKind.Number && seq.TryGetInt64(out var sv))
            {
                s = sv;
            }

            if (root.TryGetProperty("t", out var type) && type.ValueKind == JsonValueKind.String)
            {
                t = type.GetString();
            }

            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
