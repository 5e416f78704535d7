using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// Rate limits over a stub handler (the same scenarios run against the fake Discord in the scenario tests):
/// a route 429 waits <c>retry_after</c> seconds then retries; a global 429 pauses other routes but not
/// interaction callbacks; Remaining = 0 waits for Reset-After before the next request (never the absolute
/// Reset, so a skewed clock cannot stall); buckets are split by major parameter; the global limiter caps req/s.
/// </summary>
[Collection(Scenarios.SerialScenarios.Name)]
public sealed class RestRateLimitTests : RestTestBase
{
    private static readonly string Message = """{"id":"1","channel_id":"2"}""";

    [Fact]
    public async Task RouteRateLimit_WaitsRetryAfter_ThenRetrySucceeds()
    {
        var calls = 0;
        Http.Respond = _ => Interlocked.Increment(ref calls) == 1
            ? StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.3,"global":false}""", ("X-RateLimit-Scope", "user"))
            : StubHttpHandler.Json(HttpStatusCode.OK, Message);

        await Client().CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None);

        var requests = Http.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.InRange(Between(requests[0], requests[1]), TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(2));
        Assert.True(Logs.Contains("rate limit on POST /channels/{channel_id}/messages"));
    }

    [Fact]
    public async Task GlobalRateLimit_PausesOtherRoutes_ButNotInteractionCallbacks()
    {
        var firstCall = 0;
        Http.Respond = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : Interlocked.Increment(ref firstCall) == 1
                ? StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":0.5,"global":true}""", ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"))
                : StubHttpHandler.Json(HttpStatusCode.OK, Message);
        var client = Client();
        var start = TimeProvider.System.GetTimestamp();

        var limited = client.CreateMessageAsync(2, new MessageCreate { Content = "a" }, CancellationToken.None);
        await WaitUntilAsync(() => firstCall >= 1);
        var otherRoute = client.EditMessageAsync(3, 4, new MessageEdit { Content = "b" }, CancellationToken.None);
        await client.RespondAsync(SomeInteraction, InteractionResponse.Message("c"), CancellationToken.None);
        var callbackAt = Since(start);
        await Task.WhenAll(limited, otherRoute);

        Assert.True(callbackAt < TimeSpan.FromMilliseconds(300), $"callback took {callbackAt}");
        var edit = Http.Requests.Single(r => r.Method == "PATCH");
        Assert.True(TimeProvider.System.GetElapsedTime(start, edit.At) >= TimeSpan.FromMilliseconds(450), "the other route went out during the global pause");
    }

    [Fact]
    public async Task RemainingZero_WaitsResetAfter_BeforeTheNextRequest()
    {
        Http.Respond = _ => StubHttpHandler.Json(
            HttpStatusCode.OK,
            Message,
            ("X-RateLimit-Bucket", "abc"),
            ("X-RateLimit-Limit", "5"),
            ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", "1"), // 1970: an absolute Reset from a skewed clock must not matter
            ("X-RateLimit-Reset-After", "0.4"));
        var client = Client();

        await client.CreateMessageAsync(2, new MessageCreate { Content = "a" }, CancellationToken.None);
        await client.CreateMessageAsync(9, new MessageCreate { Content = "other channel" }, CancellationToken.None);
        await client.CreateMessageAsync(2, new MessageCreate { Content = "b" }, CancellationToken.None);

        var r = Http.Requests.ToArray();
        Assert.True(Between(r[0], r[1]) < TimeSpan.FromMilliseconds(300), "another channel is another bucket");
        Assert.InRange(Between(r[0], r[2]), TimeSpan.FromMilliseconds(380), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task GlobalLimiter_CapsRequestsPerSecond_ButNotCallbacks()
    {
        Http.Respond = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? new HttpResponseMessage(HttpStatusCode.NoContent) : StubHttpHandler.Json(HttpStatusCode.OK, Message);
        var client = Client(o => o.GlobalRequestsPerSecond = 5);
        var start = TimeProvider.System.GetTimestamp();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.CreateMessageAsync((ulong)i + 1, new MessageCreate { Content = "x" }, CancellationToken.None)));
        var sendsTook = Since(start);
        var before = TimeProvider.System.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.RespondAsync(SomeInteraction, InteractionResponse.DeferUpdate(), CancellationToken.None)));

        Assert.InRange(sendsTook, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(3));
        Assert.True(Since(before) < TimeSpan.FromMilliseconds(500));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            Assert.True(Since(start) < TimeSpan.FromSeconds(5), "timed out");
            await Task.Delay(5);
        }
    }
}
