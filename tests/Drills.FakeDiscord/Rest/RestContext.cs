using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.Uploads;
using Microsoft.AspNetCore.Http;

namespace Drills.FakeDiscord.Rest;

/// <summary>One API request after routing: template, path parameters and the parsed body.</summary>
internal sealed class RestContext(HttpContext http, string method, string path, RouteEntry? route, Dictionary<string, string> parameters)
{
    public HttpContext Http => http;

    public string Method => method;

    public string Path => path;

    public RouteEntry? Route => route;

    public JsonElement? Body { get; set; }

    /// <summary>The multipart form of a request sent with files (its JSON part is <see cref="Body"/>), else null.</summary>
    public MultipartForm? Upload { get; set; }

    /// <summary>The files of an accepted upload, for the handler to store and record.</summary>
    public IReadOnlyList<RecordedFile> Files { get; set; } = [];

    /// <summary>The body as a mutable node, or null when absent / not an object.</summary>
    public JsonObject? BodyObject => Body is { ValueKind: JsonValueKind.Object } b ? JsonObject.Create(b) : null;

    public string Param(string name) => parameters.TryGetValue(name, out var v) ? v : string.Empty;

    public ulong? Snowflake(string name) => ulong.TryParse(Param(name), out var v) ? v : null;

    public bool QueryFlag(string name) => http.Request.Query.TryGetValue(name, out var v) && string.Equals(v, "true", StringComparison.OrdinalIgnoreCase);
}
