namespace Drills.Discord;

/// <summary>
/// State of one rate-limit bucket. Reset is kept as "now + X-RateLimit-Reset-After" on our injected clock
/// (relative, so a skewed system clock cannot stall the bot). Requests reserve a slot while Remaining is
/// known; when it is 0 they wait for the reset (Discord: wait pre-emptively when Remaining is 0).
/// <see cref="Users"/> and <see cref="LastUsed"/> belong to <see cref="BucketRateLimiter"/> (under its lock):
/// it drops a bucket nobody has used for a while.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time, string key)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock stateLock = new();
    private int? remaining;
    private int? limit;
    private long resetAt;

    /// <summary>The limiter's key for this bucket (may hold an interaction token: never logged).</summary>
    public string Key => key;

    /// <summary>Requests holding or waiting for this bucket.</summary>
    public int Users { get; set; }

    /// <summary>When the last user let go (a <see cref="TimeProvider.GetTimestamp"/> value).</summary>
    public long LastUsed { get; set; }

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
                    var now = time.GetTimestamp();
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

                    wait = time.GetElapsedTime(now, resetAt);
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
            resetAt = time.GetTimestamp() + ToTicks(resetAfter);
        }
    }

    /// <summary>A 429 on this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        lock (stateLock)
        {
            remaining = 0;
            resetAt = Math.Max(resetAt, time.GetTimestamp() + ToTicks(retryAfter));
        }
    }

    /// <summary>True once the bucket's window has reset: a new bucket for the same key would know no less.</summary>
    public bool HasReset(long now)
    {
        lock (stateLock)
        {
            return remaining is null || now >= resetAt;
        }
    }

    private long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);
}
