namespace Drills.Discord;

/// <summary>Discord's two send limits, each a <see cref="SlidingWindowLimiter"/>.</summary>
internal static class SendLimits
{
    /// <summary>
    /// The global limit's headroom. A burst of a whole second's allowance in a few milliseconds straddles
    /// Discord's own window boundaries and draws 429s (measured by the benchmarks: 35-90 per 10,000 DMs), and a
    /// limit of exactly 50 per second still drew 2 per 3,000 requests when requests reached the server a few
    /// milliseconds apart from how they left. A tenth of the allowance per 102 ms sends at most 50 in any second
    /// and the 51st 20 ms after the first one's second: room for that jitter. (One request per 20.4 ms would do
    /// the same, but timers count whole milliseconds: each wait would round up to 21, 5% below the limit.)
    /// </summary>
    private const double GlobalHeadroom = 1.02;

    /// <summary>
    /// The REST global limit (Discord: 50 requests per second per bot token; interaction callbacks and webhooks
    /// are exempt and never wait on it): a tenth of <paramref name="requestsPerSecond"/> per 102 ms (for 50/s: 5).
    /// A global 429 pauses it.
    /// </summary>
    /// <remarks>
    /// With <paramref name="share"/> (one process's part of the token's limit, shared with others) the burst is 1:
    /// one request per 1.02 / rate seconds, so any second of Discord's holds at most the share from this process,
    /// whatever the share (a tenth of 25 would round to 2 per 81.6 ms: 26 in some second), and N shares of 50 / N
    /// never add up past 50.
    /// </remarks>
    public static SlidingWindowLimiter Global(TimeProvider time, int requestsPerSecond, bool share = false)
    {
        var perSecond = Math.Max(1, requestsPerSecond);
        var burst = share ? 1 : Math.Max(1, perSecond / 10);
        return new(time, burst, TimeSpan.FromSeconds(GlobalHeadroom * burst / perSecond));
    }

    /// <summary>
    /// The gateway's send limit (Discord: 120 events per 60 s per connection, else close 4008; the options keep
    /// headroom, 115): a new connection gets a new limiter.
    /// </summary>
    public static SlidingWindowLimiter Gateway(TimeProvider time, DiscordOptions options) =>
        new(time, options.GatewaySendLimit, options.GatewaySendWindow);
}
