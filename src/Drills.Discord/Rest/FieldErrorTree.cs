using System.Globalization;
using System.Text.Json;

namespace Drills.Discord;

/// <summary>
/// Discord's <c>errors</c> tree of an invalid form body (code 50035), flattened to one line per error: where
/// (<c>options[0].name</c>; array items are numbered keys in the tree), what (the message), and its code, e.g.
/// <c>options[0].name: Must be 32 or fewer in length. (BASE_TYPE_MAX_LENGTH)</c>.
/// </summary>
internal static class FieldErrorTree
{
    public static IReadOnlyList<string> Flatten(string? errors)
    {
        if (string.IsNullOrWhiteSpace(errors))
        {
            return [];
        }

        try
        {
            using var doc = JsonDocument.Parse(errors);
            var lines = new List<string>();
            Walk(doc.RootElement, "", lines);
            return lines;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Walk(JsonElement node, string path, List<string> lines)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    lines.Add($"{(path.Length == 0 ? "(body)" : path)}: {Describe(error)}");
                }
            }
            else
            {
                Walk(property.Value, Join(path, property.Name), lines);
            }
        }
    }

    private static string Join(string path, string name) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"{path}[{name}]"
        : path.Length == 0 ? name
        : $"{path}.{name}";

    private static string Describe(JsonElement error)
    {
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        return (message, code) switch
        {
            (null, null) => error.GetRawText(),
            (null, _) => code!,
            (_, null) => message,
            _ => $"{message} ({code})",
        };
    }
}
