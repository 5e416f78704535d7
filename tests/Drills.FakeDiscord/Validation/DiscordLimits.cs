using System.Text.Json;

namespace Drills.FakeDiscord.Validation;

/// <summary>
/// The limits a JSON schema cannot say, or where Discord's OpenAPI spec is looser than its documented rules
/// (docs/discord.md "Messages", "Components", "Application commands", "Request bodies"). Errors use Discord's
/// codes (BASE_TYPE_MAX_LENGTH, ...).
/// </summary>
internal static partial class DiscordLimits
{
    /// <summary>A message body: channel post/edit, webhook post/edit, callback data of type 4/7.</summary>
    public static void Message(JsonElement m, string at, List<SchemaError> errors)
    {
        if (m.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        MaxLength(m, "content", 2000, at, errors);
        if (m.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            Embeds(embeds, at + "/embeds", errors);
        }

        if (m.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array
            && (Int(m, "flags") & (1 << 15)) == 0)
        {
            // Without IS_COMPONENTS_V2 (1 << 15): at most 5 action rows.
            if (rows.GetArrayLength() > 5)
            {
                errors.Add(new(at + "/components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length (action rows)."));
            }

            var i = 0;
            foreach (var row in rows.EnumerateArray())
            {
                ActionRow(row, $"{at}/components/{i++}", errors);
            }
        }
    }

    /// <summary>Interaction callback <c>{type, data}</c> (docs/discord.md "Interactions").</summary>
    public static void Callback(JsonElement body, List<SchemaError> errors)
    {
        var type = Int(body, "type");
        body.TryGetProperty("data", out var data);
        switch (type)
        {
            case 4 or 7:
                Message(data, "/data", errors);
                break;
            case 5 when data.ValueKind == JsonValueKind.Object:
                // A deferred response may carry only flags, and only EPHEMERAL (64).
                foreach (var p in data.EnumerateObject().Where(p => p.Name != "flags"))
                {
                    errors.Add(new("/data/" + p.Name, "DEFERRED_FIELD", "A deferred response (type 5) accepts only flags."));
                }

                if ((Int(data, "flags") & ~64) != 0)
                {
                    errors.Add(new("/data/flags", "DEFERRED_FLAGS", "Only the EPHEMERAL flag (64) is allowed on a type 5 defer."));
                }

                break;
            case 8 when data.ValueKind == JsonValueKind.Object:
                MaxItems(data, "choices", 25, "/data", errors);
                break;
            case 9:
                Modal(data, errors);
                break;
        }
    }

    private static void Modal(JsonElement data, List<SchemaError> errors)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (!data.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || title.GetString()!.Length is < 1 or > 45)
        {
            errors.Add(new("/data/title", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."));
        }

        CustomId(data, "/data", errors);
        var count = data.TryGetProperty("components", out var c) && c.ValueKind == JsonValueKind.Array ? c.GetArrayLength() : 0;
        if (count is < 1 or > 5)
        {
            errors.Add(new("/data/components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."));
        }

        var i = 0;
        foreach (var component in count > 0 ? c.EnumerateArray() : default)
        {
            CustomIds(component, $"/data/components/{i++}", errors);
        }
    }

    private static void ActionRow(JsonElement row, string at, List<SchemaError> errors)
    {
        if (Int(row, "type") != 1 || !row.TryGetProperty("components", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            CustomIds(row, at, errors);
            return;
        }

        var types = items.EnumerateArray().Select(x => Int(x, "type")).ToArray();
        if (types.Length is < 1 or > 5)
        {
            errors.Add(new(at + "/components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."));
        }

        if (types.Any(t => t is 3 or 5 or 6 or 7 or 8) && types.Length > 1)
        {
            errors.Add(new(at + "/components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "A select menu must be alone in its action row."));
        }

        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var here = $"{at}/components/{i++}";
            if (Int(item, "type") == 2)
            {
                MaxLength(item, "label", 80, here, errors);
            }

            if (Int(item, "type") == 3)
            {
                MaxItems(item, "options", 25, here, errors);
            }

            CustomIds(item, here, errors);
        }
    }

    private static void CustomIds(JsonElement node, string at, List<SchemaError> errors)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        CustomId(node, at, errors);
        foreach (var key in new[] { "components", "component", "accessory" })
        {
            if (!node.TryGetProperty(key, out var child))
            {
                continue;
            }

            if (child.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var c in child.EnumerateArray())
                {
                    CustomIds(c, $"{at}/{key}/{i++}", errors);
                }
            }
            else
            {
                CustomIds(child, $"{at}/{key}", errors);
            }
        }
    }

    private static void CustomId(JsonElement node, string at, List<SchemaError> errors)
    {
        if (node.TryGetProperty("custom_id", out var id) && (id.ValueKind != JsonValueKind.String || id.GetString()!.Length is < 1 or > 100))
        {
            errors.Add(new(at + "/custom_id", "BASE_TYPE_BAD_LENGTH", "custom_id must be between 1 and 100 in length."));
        }
    }
}
