using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Drills.Discord.Tests.Support;

/// <summary>A hand-written HTTP fake: records every request (stamped by <paramref name="time"/>) and answers with <see cref="Respond"/>.</summary>
internal sealed class StubHttpHandler(TimeProvider time) : HttpMessageHandler
{
    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    /// <summary>Answers a request; default 200 <c>{}</c>.</summary>
    public Func<StubRequest, HttpResponseMessage> Respond { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new StubRequest(
            request.Method.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.TryGetValues("Authorization", out var auth) ? auth.First() : null,
            request.Headers.TryGetValues("User-Agent", out var ua) ? string.Join(" ", ua) : null,
            request.Content?.Headers.ContentType?.MediaType,
            body,
            time.GetUtcNow());
        Requests.Enqueue(recorded);
        return Respond(recorded);
    }
}
