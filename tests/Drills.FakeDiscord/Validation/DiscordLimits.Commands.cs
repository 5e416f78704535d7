using System.Text.Json;
using System.Text.RegularExpressions;

namespace Drills.FakeDiscord.Validation;

/// <summary>Embeds, application commands and shared helpers.</summary>
internal static partial class DiscordLimits
{
    /// <summary>One command or a bulk-overwrite array (docs/discord.md "Application commands").</summary>
    public static void Commands(JsonElement body, List<SchemaError> errors)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var c in body.EnumerateArray())
            {
                Command(c, "/" + i++, errors);
            }
        }
        else
        {
            Command(body, string.Empty, errors);
        }
    }

    private static void Command(JsonElement c, string at, List<SchemaError> errors)
    {
        if (c.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // The docs: a string bitfield such as "32" (the spec says integer).
        if (c.TryGetProperty("default_member_permissions", out var p) && p.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            errors.Add(new(at + "/default_member_permissions", "BASE_TYPE_STRING", "default_member_permissions must be a string bitfield."));
        }

        var type = c.TryGetProperty("type", out var t) && t.TryGetInt32(out var ti) ? ti : 1;
        if (type == 1)
        {
            Name(c, at, errors);
            Description(c, at, errors);
        }

        Options(c, at, errors);
    }

    private static void Options(JsonElement owner, string at, List<SchemaError> errors)
    {
        if (!owner.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        MaxItems(owner, "options", 25, at, errors);
        var seenOptional = false;
        var i = 0;
        foreach (var o in options.EnumerateArray())
        {
            var here = $"{at}/options/{i++}";
            Name(o, here, errors);
            Description(o, here, errors);
            var required = o.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            if (required && seenOptional)
            {
                errors.Add(new(here + "/required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options."));
            }

            seenOptional |= !required && Int(o, "type") is not (1 or 2);
            MaxItems(o, "choices", 25, here, errors);
            if (o.TryGetProperty("autocomplete", out var a) && a.ValueKind == JsonValueKind.True
                && o.TryGetProperty("choices", out var ch) && ch.ValueKind == JsonValueKind.Array && ch.GetArrayLength() > 0)
            {
                errors.Add(new(here + "/autocomplete", "AUTOCOMPLETE_WITH_CHOICES", "Autocomplete cannot be set with choices."));
            }

            Options(o, here, errors);
        }
    }

    private static void Name(JsonElement o, string at, List<SchemaError> errors)
    {
        if (!o.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String || !NamePattern().IsMatch(n.GetString()!)
            || n.GetString() != n.GetString()!.ToLowerInvariant())
        {
            errors.Add(new(at + "/name", "APPLICATION_COMMAND_INVALID_NAME", "Command names must match ^[-_'\\p{L}\\p{N}]{1,32}$ and be lowercase."));
        }
    }

    private static void Description(JsonElement o, string at, List<SchemaError> errors)
    {
        if (!o.TryGetProperty("description", out var d) || d.ValueKind != JsonValueKind.String || d.GetString()!.Length is < 1 or > 100)
        {
            errors.Add(new(at + "/description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
        }
    }

    private static void Embeds(JsonElement embeds, string at, List<SchemaError> errors)
    {
        if (embeds.GetArrayLength() > 10)
        {
            errors.Add(new(at, "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."));
        }

        var total = 0;
        var i = 0;
        foreach (var e in embeds.EnumerateArray())
        {
            var here = $"{at}/{i++}";
            total += MaxLength(e, "title", 256, here, errors) + MaxLength(e, "description", 4096, here, errors);
            if (e.TryGetProperty("footer", out var footer) && footer.ValueKind == JsonValueKind.Object)
            {
                total += MaxLength(footer, "text", 2048, here + "/footer", errors);
            }

            if (e.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object)
            {
                total += MaxLength(author, "name", 256, here + "/author", errors);
            }

            MaxItems(e, "fields", 25, here, errors);
            var j = 0;
            foreach (var f in e.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array ? fields.EnumerateArray() : default)
            {
                total += MaxLength(f, "name", 256, $"{here}/fields/{j}", errors) + MaxLength(f, "value", 1024, $"{here}/fields/{j}", errors);
                j++;
            }
        }

        if (total > 6000)
        {
            errors.Add(new(at, "MESSAGE_EMBEDS_TOO_LONG", $"Embed size exceeds maximum size of 6000 ({total})."));
        }
    }

    /// <summary>Checks a string's length; returns it (0 when absent) for the embed total.</summary>
    private static int MaxLength(JsonElement o, string key, int max, string at, List<SchemaError> errors)
    {
        if (!o.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.String)
        {
            return 0;
        }

        var length = v.GetString()!.Length;
        if (length > max)
        {
            errors.Add(new($"{at}/{key}", "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length."));
        }

        return length;
    }

    private static void MaxItems(JsonElement o, string key, int max, string at, List<SchemaError> errors)
    {
        if (o.ValueKind == JsonValueKind.Object && o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > max)
        {
            errors.Add(new($"{at}/{key}", "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length."));
        }
    }

    private static int Int(JsonElement o, string key) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(key, out var v) && v.TryGetInt32(out var i) ? i : 0;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
