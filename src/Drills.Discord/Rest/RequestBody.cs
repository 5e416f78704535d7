using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drills.Discord;

/// <summary>
/// A request's body, turned into a fresh <see cref="HttpContent"/> for every attempt: the request and its
/// content are disposed after each try, so a retry after a 429 or a 5xx builds the body again (the JSON text
/// and the files' bytes are kept, never copied per attempt). JSON goes as <c>application/json</c>; with files,
/// as <c>multipart/form-data</c>: a <c>payload_json</c> part with the JSON, then one <c>files[n]</c> part per
/// file with its filename and content type (docs/discord-uploads.md).
/// </summary>
internal sealed class RequestBody
{
    private readonly string json;
    private readonly IReadOnlyList<FileAttachment> files;

    private RequestBody(string json, IReadOnlyList<FileAttachment> files)
    {
        this.json = json;
        this.files = files;
    }

    /// <summary>The JSON text sent (the <c>payload_json</c> part for a multipart body).</summary>
    public string Json => json;

    /// <summary>A body as is (already a <see cref="RequestBody"/>), none for null, else the object as JSON.</summary>
    public static RequestBody? From(object? body) => body switch
    {
        null => null,
        RequestBody ready => ready,
        _ => new RequestBody(JsonSerializer.Serialize(body, body.GetType(), DiscordJson.Options), []),
    };

    /// <summary>
    /// A multipart body: <paramref name="payload"/> as JSON, with an <c>attachments</c> array listing
    /// <paramref name="files"/> as <c>{id: "n", filename, description}</c> added to the message object (the
    /// root, or the property <paramref name="messageProperty"/>, e.g. a callback's <c>data</c>). Files are
    /// checked first (<see cref="FileUploadLimits.Check"/>).
    /// </summary>
    public static RequestBody WithFiles(object payload, IReadOnlyList<FileAttachment> files, string? messageProperty = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        FileUploadLimits.Check(files);
        var root = JsonSerializer.SerializeToNode(payload, payload.GetType(), DiscordJson.Options) as JsonObject
            ?? throw new ArgumentException("The payload must serialize to a JSON object.", nameof(payload));
        var message = messageProperty is null ? root : root[messageProperty] as JsonObject
            ?? throw new ArgumentException($"The payload has no '{messageProperty}' object to attach files to.", nameof(payload));
        var attachments = new JsonArray();
        for (var i = 0; i < files.Count; i++)
        {
            var entry = new JsonObject { ["id"] = Index(i), ["filename"] = files[i].FileName };
            if (files[i].Description is { } description)
            {
                entry["description"] = description;
            }

            attachments.Add(entry);
        }

        // An edit with files replaces the message's attachments with exactly these.
        message["attachments"] = attachments;
        return new RequestBody(root.ToJsonString(DiscordJson.Options), [.. files]);
    }

    public HttpContent CreateContent()
    {
        var payload = new StringContent(json, Encoding.UTF8);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (files.Count == 0)
        {
            return payload;
        }

        var form = new MultipartFormDataContent("drills-" + Guid.NewGuid().ToString("N"));
        payload.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"payload_json\"" };
        form.Add(payload);
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ReadOnlyMemoryContent(files[i].Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);

            // Filenames are [A-Za-z0-9_.-] (FileUploadLimits), so the plain quoted form needs no escaping.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
            {
                Name = $"\"files[{Index(i)}]\"",
                FileName = $"\"{files[i].FileName}\"",
            };
            form.Add(part);
        }

        return form;
    }

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
