using System.Collections.Concurrent;
using System.Net;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// An HTTP fake for tests on a fake clock: records each request with the clock's time and answers with
/// <see cref="Respond"/>, which may hold a response back (a request in flight) until the test lets it go.
/// </summary>
internal sealed class ClockedHttpHandler(TimeProvider time) : HttpMessageHandler
{
    public ConcurrentQueue<ClockedRequest> Requests { get; } = new();

    /// <summary>Answers a request; default 200 <c>{}</c>.</summary>
    public Func<ClockedRequest, Task<HttpResponseMessage>> Respond { get; set; } = _ => Task.FromResult(StubHttpHandler.Json(HttpStatusCode.OK, "{}"));

    public int Count(string method) => Requests.Count(r => r.Method == method);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new ClockedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, time.GetUtcNow());
        Requests.Enqueue(recorded);
        return await Respond(recorded).WaitAsync(cancellationToken);
    }
}
