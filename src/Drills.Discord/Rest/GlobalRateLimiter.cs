namespace Drills.Discord;

/// <summary>
/// The per-bot global REST limit, 50 requests a second with interaction callbacks and webhooks exempt
/// (docs/discord.md "Rate limits"): a sliding one-second window, plus a pause set by a global 429. Requests are also spaced
/// at least 1/limit apart, plus <see cref="Headroom"/>: a burst of a whole second's allowance in a few milliseconds
/// straddles Discord's own window boundaries and draws 429s (measured by the benchmarks: 35-90 per 10,000 DMs
/// before spacing), and exact spacing still drew 2 per 3,000 requests when requests reached the server a few
/// milliseconds apart from how they left (the 51st then lands inside the first one's second).
/// Exempt routes never call <see cref="WaitAsync"/>.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>Spacing 2% over 1/limit: the 51st request leaves 20 ms after the first one's second, room for jitter.</summary>
    private const double Headroom = 1.02;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock pauseLock = new();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset lastSent = DateTimeOffset.MinValue;
    private readonly TimeSpan spacing = TimeSpan.FromTicks((long)(Window.Ticks * Headroom / Math.Max(1, requestsPerSecond)));

    public async Task WaitAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var pause = PausedUntil - now;
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, time, ct).ConfigureAwait(false);
                    continue;
                }

                while (sent.Count > 0 && now - sent.Peek() >= Window)
                {
                    sent.Dequeue();
                }

                var gap = lastSent + spacing - now;
                if (gap > TimeSpan.Zero)
                {
                    await Task.Delay(gap, time, ct).ConfigureAwait(false);
                    continue;
                }

                if (sent.Count < Math.Max(1, requestsPerSecond))
                {
                    sent.Enqueue(now);
                    lastSent = now;
                    return;
                }

                await Task.Delay(sent.Peek() + Window - now, time, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A global 429: every non-exempt request waits <paramref name="retryAfter"/>.</summary>
    public void PauseFor(TimeSpan retryAfter)
    {
        lock (pauseLock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }
    }

    private DateTimeOffset PausedUntil
    {
        get
        {
            lock (pauseLock)
            {
                return pausedUntil;
            }
        }
    }
}
