namespace Drills.Discord;

/// <summary>
/// The per-bot global REST limit (PROTOCOL.md "Global: 50 requests/s per bot (interaction callbacks and
/// webhooks exempt)"): a sliding one-second window, plus a pause set by a global 429.
/// Exempt routes never call <see cref="WaitAsync"/>.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock pauseLock = new();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

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

                if (sent.Count < Math.Max(1, requestsPerSecond))
                {
                    sent.Enqueue(now);
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
