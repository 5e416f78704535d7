using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// A bucket whose limits are not known yet lets one request through; the rest wait for its response (on a
/// fake clock, each response taking 100 ms): then they go as the learnt Remaining allows. The same holds when
/// the response names the route's bucket hash (the waiters move to the hash's bucket), and after a response
/// without rate-limit headers (a route with no limit of its own: the rest go together).
/// </summary>
public sealed class UnknownBucketTests
{
    private static readonly TimeSpan ResponseTime = TimeSpan.FromMilliseconds(100);
    private readonly ClockedRest rest = new(o => o.GlobalRequestsPerSecond = 1_000);

    [Fact]
    public async Task FirstBurst_SendsOneRequest_UntilTheBucketIsKnown()
    {
        rest.Http.Respond = async r =>
        {
            await Task.Delay(ResponseTime, rest.Time);
            return BucketLifetimeTests.Limited(r, remaining: rest.Http.Requests.Count == 1 ? 1 : 0, resetAfter: 5);
        };

        var burst = Task.WhenAll(Enumerable.Range(0, 3).Select(i => rest.Client.CreateFollowupAsync(1, "token", new MessageCreate { Content = $"n{i}" }, CancellationToken.None)));
        await rest.AdvanceUntilAsync(() => burst.IsCompleted, TimeSpan.FromSeconds(30));
        await burst;

        var at = rest.Http.Requests.Select(r => r.At).ToArray();
        Assert.True(at[1] - at[0] >= ResponseTime, $"the second request went {(at[1] - at[0]).TotalMilliseconds} ms after the first, before its response");
        Assert.True(at[2] - at[1] >= TimeSpan.FromSeconds(5), "the third waited for the reset the second response named");
    }

    [Fact]
    public async Task NoRateLimitHeaders_ThenTheRestGoTogether()
    {
        rest.Http.Respond = async _ =>
        {
            await Task.Delay(ResponseTime, rest.Time);
            return StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"5"}""");
        };

        var burst = Task.WhenAll(Enumerable.Range(0, 4).Select(i => rest.Client.CreateFollowupAsync(1, "token", new MessageCreate { Content = $"n{i}" }, CancellationToken.None)));
        await rest.AdvanceUntilAsync(() => rest.Http.Requests.Count >= 2, TimeSpan.FromSeconds(5));

        // The clock stands still now: the other three go without waiting for each other's responses.
        await Eventually.TrueAsync(() => rest.Http.Requests.Count == 4, "the rest of the burst, together");
        rest.Time.Advance(ResponseTime);
        await burst.WaitAsync(TimeSpan.FromSeconds(10));

        var at = rest.Http.Requests.Select(r => r.At).ToArray();
        Assert.True(at[1] - at[0] >= ResponseTime, "one request first");
    }
}
