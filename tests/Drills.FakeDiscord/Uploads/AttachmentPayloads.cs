using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Uploads;

/// <summary>
/// What Discord stores for a message sent with files: its <c>attachments</c> become attachment objects (a new
/// id, filename, size, url, content type, and width/height for images), and an embed's
/// <c>attachment://name</c> url becomes the file's url.
/// </summary>
internal static class AttachmentPayloads
{
    /// <returns>A copy of <paramref name="body"/> as stored, or <paramref name="body"/> itself when no files came.</returns>
    public static JsonObject? Resolve(JsonObject? body, IReadOnlyList<RecordedFile> files, SnowflakeGenerator ids, ulong channelId)
    {
        if (body is null || files.Count == 0)
        {
            return body;
        }

        var stored = (JsonObject)body.DeepClone();
        var attachments = new JsonArray();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var id = ids.Next();
            var url = $"https://cdn.fake-discord.test/attachments/{channelId}/{id}/{file.FileName}";
            urls[file.FileName] = url;
            var attachment = new JsonObject
            {
                ["id"] = Payloads.Id(id),
                ["filename"] = file.FileName,
                ["size"] = file.Content.Length,
                ["url"] = url,
                ["proxy_url"] = url,
                ["content_type"] = file.ContentType,
            };
            if (file.Description is { } description)
            {
                attachment["description"] = description;
            }

            if (file.IsPng)
            {
                attachment["width"] = file.Width;
                attachment["height"] = file.Height;
            }

            attachments.Add(attachment);
        }

        stored["attachments"] = attachments;
        foreach (var embed in (stored["embeds"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var kind in new[] { "image", "thumbnail" })
            {
                if (embed[kind] is JsonObject media && media["url"]?.GetValue<string>() is { } reference
                    && reference.StartsWith("attachment://", StringComparison.Ordinal) && urls.TryGetValue(reference["attachment://".Length..], out var url))
                {
                    media["url"] = url;
                }
            }
        }

        return stored;
    }
}
