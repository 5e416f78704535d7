using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// Rate limits over a stub handler, with the client on a fake clock so every wait is asserted exactly (the
/// same rules run against the fake Discord in the scenario tests): a route 429 waits <c>retry_after</c> then
/// retries; a global 429 pauses other routes but not interaction callbacks; Remaining = 0 waits for
/// Reset-After before the next request (never the absolute Reset, so a skewed clock cannot stall), and only
/// in that bucket; the global limiter lets a tenth of the limit out per 1.02 tenths of a second (at 5/s: one per
/// 204 ms) and never more than the limit in any second, callbacks exempt. (docs/discord.md "Rate limits".)
/// </summary>
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

        var send = Client(onFakeClock: true).CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None);
        var wait = await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(300), "retry_after");
        Assert.Single(Http.Requests); // parked in the wait: the retry cannot go before the clock moves
        Clock.AdvanceTo(wait.DueAt);
        await send.WaitAsync(TimeSpan.FromSeconds(30));

        var requests = Http.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(TimeSpan.FromMilliseconds(300), Between(requests[0], requests[1]));
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
        var client = Client(o => o.GlobalRequestsPerSecond = 5, onFakeClock: true); // one request per 204 ms
        var start = Clock.Now;

        var limited = client.CreateMessageAsync(2, new MessageCreate { Content = "a" }, CancellationToken.None);
        await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(500), "the 429's retry_after");
        var otherRoute = client.EditMessageAsync(3, 4, new MessageEdit { Content = "b" }, CancellationToken.None);
        await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(500), "the other route's global pause", count: 2);

        // The clock stands still, so the pause is on: a callback that completes went around it.
        await client.RespondAsync(SomeInteraction, InteractionResponse.Message("c"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(start, Http.Requests.Single(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).At);
        Assert.DoesNotContain(Http.Requests, r => r.Method == "PATCH");

        // The pause ends: the edit goes (it waited in the limiter, so it is first); the 429'd post follows one
        // spacing later: the pause does not empty the limiter's window.
        Clock.Advance(TimeSpan.FromMilliseconds(500));
        await otherRoute.WaitAsync(TimeSpan.FromSeconds(30));
        await Clock.RunUntilAsync(limited);
        var edit = Http.Requests.Single(r => r.Method == "PATCH");
        var retry = Http.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)).Last();
        Assert.Equal(start + TimeSpan.FromMilliseconds(500), edit.At);
        Assert.Equal(start + TimeSpan.FromMilliseconds(704), retry.At);
    }

    [Fact]
    public async Task RemainingZero_WaitsResetAfter_BeforeTheNextRequest_InThatBucketOnly()
    {
        Http.Respond = _ => StubHttpHandler.Json(
            HttpStatusCode.OK,
            Message,
            ("X-RateLimit-Bucket", "abc"),
            ("X-RateLimit-Limit", "5"),
            ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", "1"), // 1970: an absolute Reset from a skewed clock must not matter
            ("X-RateLimit-Reset-After", "0.4"));
        var client = Client(onFakeClock: true); // Discord's 50/s: 5 per 102 ms, so the global limit holds none of these

        await Clock.RunUntilAsync(client.CreateMessageAsync(2, new MessageCreate { Content = "a" }, CancellationToken.None));
        await Clock.RunUntilAsync(client.CreateMessageAsync(9, new MessageCreate { Content = "other channel" }, CancellationToken.None));
        await Clock.RunUntilAsync(client.CreateMessageAsync(2, new MessageCreate { Content = "b" }, CancellationToken.None));

        var r = Http.Requests.ToArray();
        Assert.Equal(3, r.Length);
        Assert.Equal(TimeSpan.Zero, Between(r[0], r[1])); // another channel is another bucket: it goes at once
        Assert.Equal(TimeSpan.FromMilliseconds(400), Between(r[0], r[2])); // Reset-After, from the first response
    }

    [Fact]
    public async Task GlobalLimiter_CapsRequestsPerSecond_ButNotCallbacks()
    {
        Http.Respond = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) ? new HttpResponseMessage(HttpStatusCode.NoContent) : StubHttpHandler.Json(HttpStatusCode.OK, Message);
        var client = Client(o => o.GlobalRequestsPerSecond = 5, onFakeClock: true);
        var start = Clock.Now;

        var sends = Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.CreateMessageAsync((ulong)i + 1, new MessageCreate { Content = "x" }, CancellationToken.None)));
        await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(204), "the second request's spacing");
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.RespondAsync(SomeInteraction, InteractionResponse.DeferUpdate(), CancellationToken.None)))
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(Http.Requests.Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)), c => Assert.Equal(start, c.At));
        for (var sent = 1; sent < 10; sent++)
        {
            // Step by step: the clock moves only once the previous request has reached the server.
            await Eventually.TrueAsync(() => Posts().Count == sent, $"request {sent}");
            Clock.AdvanceTo((await Clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(204), $"request {sent + 1}'s spacing")).DueAt);
        }

        await sends.WaitAsync(TimeSpan.FromSeconds(30));

        var at = Posts().Select(r => r.At - start).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => TimeSpan.FromMilliseconds(204 * i)), at); // 1.02 s / 5 apart
        Assert.All(at, t => Assert.InRange(at.Count(u => u > t - TimeSpan.FromSeconds(1) && u <= t), 1, 5)); // at most 5 in any second
    }

    private List<StubRequest> Posts() => Http.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)).ToList();
}
