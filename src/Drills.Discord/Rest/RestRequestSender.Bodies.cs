namespace Drills.Discord;

/// <summary>Request bodies: JSON as always, or multipart for a message with files (docs/discord-uploads.md).</summary>
internal sealed partial class RestRequestSender
{
    /// <summary>
    /// The request of one attempt. A JSON body goes through <c>BuildRequest(route, string)</c> as before; a body
    /// with files gets fresh multipart content every attempt (a sent request's content is disposed, so a retry
    /// after a 429 or 5xx must build it again).
    /// </summary>
    private HttpRequestMessage BuildRequest(RestRoute route, RequestBody? body)
    {
        var request = BuildRequest(route, body is { HasFiles: false } ? body.Json : null);
        if (body is { HasFiles: true })
        {
            request.Content = body.CreateMultipart();
        }

        return request;
    }
}
