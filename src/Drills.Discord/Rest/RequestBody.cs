using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Drills.Discord;

/// <summary>
/// A request's body, serialized once and turned into HTTP content for each attempt. A message with
/// <see cref="MessageBody.Files"/> (directly, or as an interaction response's
/// data) goes as <c>multipart/form-data</c> (docs/discord-uploads.md): a <c>payload_json</c> part with the JSON, in
/// which the message's <c>attachments</c> list names each file as <c>{id: "n", filename, description}</c>, then one
/// <c>files[n]</c> part per file with its filename and content type. The files' bytes are never copied per attempt.
/// </summary>
internal sealed class RequestBody
{
    private readonly IReadOnlyList<FileAttachment> files;

    private RequestBody(string json, IReadOnlyList<FileAttachment> files)
    {
        Json = json;
        this.files = files;
    }

    /// <summary>The JSON text (the <c>payload_json</c> part when there are files).</summary>
    public string Json { get; }

    public bool HasFiles => files.Count > 0;

    /// <summary>None for null; else the object as JSON, with its message's files when it has any (checked first:
    /// <see cref="FileUploadLimits.Check"/> throws <see cref="ArgumentException"/> before anything is sent).</summary>
    public static RequestBody? From(object? body) => body switch
    {
        null => null,
        MessageBody { Files.Count: > 0 } m => WithFiles(m, m.Files, messageProperty: null),
        InteractionResponse { Data: MessageBody { Files.Count: > 0 } m } r => WithFiles(r, m.Files, "data"),
        _ => new RequestBody(JsonSerializer.Serialize(body, body.GetType(), DiscordJson.Options), []),
    };

    public HttpContent CreateMultipart()
    {
        var form = new MultipartFormDataContent("drills-" + Guid.NewGuid().ToString("N"));
        var payload = new StringContent(Json, Encoding.UTF8);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        payload.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"payload_json\"" };
        form.Add(payload);
        for (var i = 0; i < files.Count; i++)
        {
            var part = new ReadOnlyMemoryContent(files[i].Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);

            // Filenames are [A-Za-z0-9_.-] (FileUploadLimits): the plain quoted form needs no escaping.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
            {
                Name = $"\"files[{Index(i)}]\"",
                FileName = $"\"{files[i].FileName}\"",
            };
            form.Add(part);
        }

        return form;
    }

    private static RequestBody WithFiles(object payload, IReadOnlyList<FileAttachment> files, string? messageProperty)
    {
        FileUploadLimits.Check(files);
        var root = (JsonObject)JsonSerializer.SerializeToNode(payload, payload.GetType(), DiscordJson.Options)!;
        var message = messageProperty is null ? root : (JsonObject)root[messageProperty]!;
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

        // On an edit this list is what the message keeps: exactly these files.
        message["attachments"] = attachments;
        return new RequestBody(root.ToJsonString(DiscordJson.Options), [.. files]);
    }

    private static string Index(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
