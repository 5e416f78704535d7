namespace Drills.Discord;

/// <summary>
/// At most <c>limit</c> sends in any <c>window</c> (sliding: it remembers the last <c>limit</c> send times), on an
/// injected clock, plus a pause that holds every sender (a global 429). Waiters go in order; a cancelled wait
/// takes no slot. <see cref="SendLimits"/> builds Discord's two limits from it.
/// </summary>
internal sealed class SlidingWindowLimiter
{
    private readonly TimeProvider time;
    private readonly TimeSpan window;
    private readonly long[] sent;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock pauseLock = new();
    private int oldest;
    private int count;
    private long pausedUntil;

    public SlidingWindowLimiter(TimeProvider time, int limit, TimeSpan window)
    {
        this.time = time;
        this.window = window;
        sent = new long[Math.Max(1, limit)];
        pausedUntil = time.GetTimestamp();
    }

    public async Task WaitAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                var wait = PauseLeft(now);
                if (count == sent.Length)
                {
                    var free = window - time.GetElapsedTime(sent[oldest], now);
                    wait = free > wait ? free : wait;
                }

                if (wait <= TimeSpan.Zero)
                {
                    Record(now);
                    return;
                }

                // Timers count whole milliseconds: a 0.4 ms rest would fire at once and spin.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Holds every sender for <paramref name="duration"/> (a longer pause already set stays).</summary>
    public void PauseFor(TimeSpan duration)
    {
        var until = time.GetTimestamp() + (long)(duration.TotalSeconds * time.TimestampFrequency);
        lock (pauseLock)
        {
            pausedUntil = Math.Max(pausedUntil, until);
        }
    }

    private TimeSpan PauseLeft(long now)
    {
        lock (pauseLock)
        {
            return pausedUntil > now ? time.GetElapsedTime(now, pausedUntil) : TimeSpan.Zero;
        }
    }

    private void Record(long now)
    {
        if (count < sent.Length)
        {
            sent[(oldest + count++) % sent.Length] = now;
            return;
        }

        sent[oldest] = now;
        oldest = (oldest + 1) % sent.Length;
    }
}
