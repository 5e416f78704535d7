using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// Rate-limit buckets do not outlive their use (on a fake clock, idle time 10 s): buckets of interactions
/// (callback and webhook, keyed by token) and of channels are dropped once idle; a bucket with a request in
/// flight, or still limited, is kept; a dropped bucket's limits are learnt again from the next response, and
/// the request after that waits for the new reset.
/// </summary>
public sealed class BucketLifetimeTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);
    private readonly ClockedRest rest = new();

    [Fact]
    public async Task IdleBuckets_AreDropped_InteractionBucketsIncluded()
    {
        rest.Http.Respond = r => Task.FromResult(Limited(r, remaining: 4, resetAfter: 1));

        for (ulong i = 1; i <= 3; i++)
        {
            var interaction = Interaction(i);
            await rest.Client.RespondAsync(interaction, InteractionResponse.Defer(), CancellationToken.None);
            await rest.Client.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, new MessageEdit { Content = "done" }, CancellationToken.None);
        }

        await rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "post" }, CancellationToken.None);
        Assert.Equal(7, rest.Client.LiveRateLimitBuckets); // 3 callbacks, 3 webhooks, 1 channel

        rest.Time.Advance(Idle * 2);

        Assert.Equal(0, rest.Client.LiveRateLimitBuckets);
    }

    [Fact]
    public async Task ABucketWithARequestInFlight_IsKept()
    {
        var release = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        rest.Http.Respond = _ => release.Task;
        var pending = rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "slow" }, CancellationToken.None);
        await rest.AdvanceUntilAsync(() => rest.Http.Requests.Count == 1, TimeSpan.FromSeconds(1));

        rest.Time.Advance(Idle * 3);
        Assert.Equal(1, rest.Client.LiveRateLimitBuckets);

        release.SetResult(StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"5"}"""));
        await pending;
        rest.Time.Advance(Idle * 2);
        Assert.Equal(0, rest.Client.LiveRateLimitBuckets);
    }

    [Fact]
    public async Task ABucketStillLimited_IsKeptUntilItsReset()
    {
        rest.Http.Respond = r => Task.FromResult(Limited(r, remaining: 0, resetAfter: 30));
        await rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "a" }, CancellationToken.None);

        rest.Time.Advance(Idle * 2);
        var next = rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "b" }, CancellationToken.None);
        await rest.AdvanceUntilAsync(() => rest.Http.Requests.Count == 2, TimeSpan.FromSeconds(60));
        await next;

        var r = rest.Http.Requests.ToArray();
        Assert.True(r[1].At - r[0].At >= TimeSpan.FromSeconds(30), $"the second request went {r[1].At - r[0].At} after the first");
    }

    [Fact]
    public async Task ADroppedBucket_LearnsItsLimitsAgain()
    {
        rest.Http.Respond = r => Task.FromResult(Limited(r, remaining: 0, resetAfter: 5));
        await rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "a" }, CancellationToken.None);
        rest.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, rest.Client.LiveRateLimitBuckets);

        await rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "b" }, CancellationToken.None);
        var third = rest.Client.CreateMessageAsync(5, new MessageCreate { Content = "c" }, CancellationToken.None);
        await rest.AdvanceUntilAsync(() => rest.Http.Requests.Count == 3, TimeSpan.FromSeconds(30));
        await third;

        var r = rest.Http.Requests.ToArray();
        Assert.Equal(TimeSpan.FromMinutes(1), r[1].At - r[0].At); // a new bucket: the first request goes at once
        Assert.True(r[2].At - r[1].At >= TimeSpan.FromSeconds(5), "the relearnt Remaining 0 held the next request until the reset");
    }

    private static Interaction Interaction(ulong id) =>
        new() { Id = id, ApplicationId = 222, Token = $"token-{id}", Type = InteractionType.ApplicationCommand };

    /// <summary>A success with bucket headers (the bucket hash names the route, as Discord's does).</summary>
    internal static HttpResponseMessage Limited(ClockedRequest request, int remaining, double resetAfter) => StubHttpHandler.Json(
        request.Path.EndsWith("/callback", StringComparison.Ordinal) ? HttpStatusCode.NoContent : HttpStatusCode.OK,
        request.Path.EndsWith("/callback", StringComparison.Ordinal) ? "" : """{"id":"1","channel_id":"5"}""",
        ("X-RateLimit-Bucket", request.Method + request.Path.Split('/')[3]),
        ("X-RateLimit-Limit", "5"),
        ("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
