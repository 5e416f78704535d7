namespace Drills.Discord;

/// <summary>
/// State of one rate-limit bucket. Reset is kept as "now + X-RateLimit-Reset-After" on our injected clock
/// (relative, so a skewed system clock cannot stall the bot). Requests reserve a slot while Remaining is
/// known; when it is 0 they wait for the reset instead of drawing a 429 (docs/discord.md "Rate limits").
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock stateLock = new();
    private int? remaining;
    private int? limit;
    private DateTimeOffset resetAt = DateTimeOffset.MinValue;

    public async Task AcquireAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (stateLock)
                {
                    var now = time.GetUtcNow();
                    if (remaining is null || remaining > 0)
                    {
                        remaining--;
                        return;
                    }

                    if (now >= resetAt)
                    {
                        remaining = limit is { } l ? l - 1 : null;
                        return;
                    }

                    wait = resetAt - now;
                }

                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Update(int? newLimit, int newRemaining, TimeSpan resetAfter)
    {
        lock (stateLock)
        {
            limit = newLimit ?? limit;
            remaining = newRemaining;
            resetAt = time.GetUtcNow() + resetAfter;
        }
    }

    /// <summary>A 429 on this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        lock (stateLock)
        {
            remaining = 0;
            var until = time.GetUtcNow() + retryAfter;
            resetAt = until > resetAt ? until : resetAt;
        }
    }
}
