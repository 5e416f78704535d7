using System.Text.Json;
using Drills.FakeDiscord.Rest;
using Drills.FakeDiscord.Rest.Routes;
using Drills.FakeDiscord.Validation;

namespace Drills.FakeDiscord.Uploads;

/// <summary>
/// Discord's rules for files sent with a message (docs/discord-uploads.md), checked after the JSON part passed
/// the body validation: files add up to at most 10 MiB (else 413, 40005 "Request entity too large"); at most
/// 10 files; only message routes take them (channel post/edit, callbacks 4 and 7, follow-ups, webhook edits).
/// Stricter than Discord, to catch the bot's mistakes (each answered 400 / 50035 like a bad body): the JSON's
/// <c>attachments</c> lists every <c>files[n]</c> as <c>{id: n}</c> and nothing else; filenames are
/// <c>[A-Za-z0-9_.-]</c>, unique, and the same in the part and its entry; every part has a content type; a file
/// sent as <c>image/png</c> is a PNG whose size can be read; an embed's <c>attachment://</c> url names a sent file.
/// </summary>
internal static class UploadRules
{
    public const int MaxFiles = 10;

    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public static bool TakesFiles(string method, string? route) => (method, route) switch
    {
        ("POST", "/channels/{channel_id}/messages") => true,
        ("PATCH", "/channels/{channel_id}/messages/{message_id}") => true,
        ("POST", InteractionRoutes.Callback) => true,
        ("POST", WebhookRoutes.Execute) => true,
        ("PATCH", WebhookRoutes.Message) => true,
        _ => false,
    };

    public static UploadCheck Check(string method, string? route, JsonElement? body, MultipartForm form)
    {
        if (form.FileBytes > MaxUploadBytes)
        {
            return new(RestResult.Error(413, 40005, "Request entity too large"), $"files add up to {form.FileBytes} bytes, over the {MaxUploadBytes}-byte upload limit", []);
        }

        var errors = new List<SchemaError>(form.Problems);
        if (!TakesFiles(method, route))
        {
            errors.Add(new(string.Empty, "FILES_NOT_ACCEPTED", "This route takes no files."));
        }

        var (message, at) = MessageOf(route, body, errors);
        if (form.Files.Count > MaxFiles)
        {
            errors.Add(new("/files", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxFiles} or fewer in length."));
        }

        var entries = AttachmentEntry.Read(message, at, errors);
        var files = new List<RecordedFile>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var indices = new HashSet<int>();
        foreach (var file in form.Files)
        {
            var part = $"/files[{file.Index}]";
            if (!indices.Add(file.Index))
            {
                errors.Add(new(part, "FILE_DUPLICATE", $"files[{file.Index}] is sent twice."));
            }

            entries.TryGetValue(file.Index, out var entry);
            if (entry is null)
            {
                errors.Add(new(part, "ATTACHMENT_NOT_LISTED", $"files[{file.Index}] has no attachments entry with id {file.Index}."));
            }

            var png = CheckFile(file, entry, part, names, errors, out var width, out var height);
            files.Add(new RecordedFile(file.Index, file.FileName ?? string.Empty, file.ContentType ?? string.Empty, entry?.Description, file.Content, png ? width : null, png ? height : null));
        }

        foreach (var (id, entry) in entries)
        {
            if (!indices.Contains(id))
            {
                errors.Add(new($"{at}/attachments/{entry.Position}/id", "ATTACHMENT_FILE_MISSING", $"No files[{id}] part for attachment id {id}."));
            }
        }

        EmbedReferences(message, at, names, errors);
        return errors.Count == 0
            ? new(null, null, files)
            : new(RestResult.Error(400, 50035, "Invalid Form Body", FormErrors.Build(errors)), string.Join("; ", errors.Take(8)), []);
    }

    /// <returns>True when the file is a PNG that was read.</returns>
    private static bool CheckFile(UploadedFile file, AttachmentEntry? entry, string part, HashSet<string> names, List<SchemaError> errors, out int width, out int height)
    {
        (width, height) = (0, 0);
        if (!IsSaneFileName(file.FileName))
        {
            errors.Add(new(part, "FILENAME_INVALID", $"Filename '{file.FileName}' must be 1-1024 characters of A-Z a-z 0-9 _ . -"));
        }
        else if (!names.Add(file.FileName!))
        {
            errors.Add(new(part, "FILENAME_DUPLICATE", $"Filename '{file.FileName}' is used twice."));
        }

        if (entry?.FileName is { } listed && listed != file.FileName)
        {
            errors.Add(new(part, "FILENAME_MISMATCH", $"The part is named '{file.FileName}' but its attachments entry says '{listed}'."));
        }

        if (string.IsNullOrWhiteSpace(file.ContentType))
        {
            errors.Add(new(part, "CONTENT_TYPE_REQUIRED", "Every file part needs a Content-Type."));
            return false;
        }

        if (!file.ContentType.Split(';')[0].Trim().Equals("image/png", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (PngHeader.Read(file.Content, out width, out height) is { } problem)
        {
            errors.Add(new(part, "FILE_NOT_PNG", $"Sent as image/png but {problem}."));
            return false;
        }

        return true;
    }

    /// <summary>The message object inside the body: the root, or a callback's <c>data</c> (types 4 and 7 only).</summary>
    private static (JsonElement Message, string At) MessageOf(string? route, JsonElement? body, List<SchemaError> errors)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            errors.Add(new("/payload_json", "BASE_TYPE_REQUIRED", "A multipart message needs a payload_json part holding a JSON object."));
            return (default, string.Empty);
        }

        if (route != InteractionRoutes.Callback)
        {
            return (root, string.Empty);
        }

        var type = root.TryGetProperty("type", out var t) && t.TryGetInt32(out var ti) ? ti : 0;
        if (type is not (4 or 7) || !root.TryGetProperty("data", out var data))
        {
            errors.Add(new("/type", "FILES_NOT_ACCEPTED", $"Only a message (4) or update (7) response with data carries files, not type {type}."));
            return (default, "/data");
        }

        return (data, "/data");
    }

    private static void EmbedReferences(JsonElement message, string at, HashSet<string> names, List<SchemaError> errors)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("embeds", out var embeds) || embeds.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var embed in embeds.EnumerateArray())
        {
            foreach (var kind in new[] { "image", "thumbnail" })
            {
                if (embed.ValueKind == JsonValueKind.Object && embed.TryGetProperty(kind, out var media) && Text(media, "url") is { } url
                    && url.StartsWith("attachment://", StringComparison.Ordinal) && !names.Contains(url["attachment://".Length..]))
                {
                    errors.Add(new($"{at}/embeds/{i}/{kind}/url", "EMBED_ATTACHMENT_UNKNOWN", $"'{url}' names no file sent with this message."));
                }
            }

            i++;
        }
    }

    private static bool IsSaneFileName(string? name) =>
        name is { Length: > 0 and <= 1024 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-') && name.Any(c => c != '.');

    internal static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
