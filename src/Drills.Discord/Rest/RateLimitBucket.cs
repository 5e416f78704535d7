namespace Drills.Discord;

/// <summary>
/// State of one rate-limit bucket. Reset is kept as "now + X-RateLimit-Reset-After" on our injected clock
/// (relative, so a skewed system clock cannot stall the bot). Until a response has told the bucket's limits,
/// one request is in flight at a time (a first burst on a bucket must not be sent all at once); then
/// requests reserve a slot while Remaining is known, and wait for the reset when it is 0 (docs/discord.md "Rate limits":
/// wait pre-emptively when Remaining is 0). <see cref="Users"/> and <see cref="LastUsed"/> belong to
/// <see cref="BucketRateLimiter"/> (under its lock): it drops a bucket nobody has used for a while.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time, string key)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lock stateLock = new();
    private bool known;
    private int? remaining;
    private int? limit;
    private long resetAt;
    private TaskCompletionSource? probe;
    private bool superseded;

    /// <summary>The limiter's key for this bucket (may hold an interaction token: never logged).</summary>
    public string Key => key;

    /// <summary>Requests holding or waiting for this bucket.</summary>
    public int Users { get; set; }

    /// <summary>When the last user let go (a <see cref="TimeProvider.GetTimestamp"/> value).</summary>
    public long LastUsed { get; set; }

    /// <summary>Waits for a slot (waiters queue in order).</summary>
    public async Task<BucketGrant> AcquireAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                Task wait;
                lock (stateLock)
                {
                    var now = time.GetTimestamp();
                    if (superseded)
                    {
                        return BucketGrant.Moved;
                    }

                    if (!known)
                    {
                        if (probe is null)
                        {
                            probe = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                            return BucketGrant.Probe;
                        }

                        wait = probe.Task;
                    }
                    else if (remaining is null || remaining > 0)
                    {
                        remaining--;
                        return BucketGrant.Slot;
                    }
                    else if (now >= resetAt)
                    {
                        // A new window: its size is the last limit Discord named, or unknown again (one request finds out).
                        known = limit is not null;
                        remaining = limit - 1;
                        continue;
                    }
                    else
                    {
                        // Timers count whole milliseconds: a 0.4 ms rest would fire at once and spin.
                        wait = Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(time.GetElapsedTime(now, resetAt).TotalMilliseconds)), time, ct);
                    }
                }

                await wait.WaitAsync(ct).ConfigureAwait(false);
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
            known = true;
            limit = newLimit ?? limit;
            remaining = newRemaining;
            resetAt = time.GetTimestamp() + ToTicks(resetAfter);
        }
    }

    /// <summary>A success without rate-limit headers: the route has no limit of its own.</summary>
    public void MarkUnlimited()
    {
        lock (stateLock)
        {
            if (!known)
            {
                known = true;
                remaining = null;
            }
        }
    }

    /// <summary>A 429 on this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        lock (stateLock)
        {
            known = true;
            remaining = 0;
            resetAt = Math.Max(resetAt, time.GetTimestamp() + ToTicks(retryAfter));
        }
    }

    /// <summary>The probe's response is in (or it failed): the next waiter goes, knowing more or probing again.</summary>
    public void EndProbe() => Wake(supersede: false);

    /// <summary>The bucket now lives under another key (Discord named its hash): its waiters look it up again.</summary>
    public void Supersede() => Wake(supersede: true);

    /// <summary>True once nothing is known that a new bucket for the same key would not learn at once.</summary>
    public bool HasReset(long now)
    {
        lock (stateLock)
        {
            return !known || remaining is null || now >= resetAt;
        }
    }

    private void Wake(bool supersede)
    {
        TaskCompletionSource? waiting;
        lock (stateLock)
        {
            superseded |= supersede;
            waiting = probe;
            probe = null;
        }

        waiting?.TrySetResult();
    }

    private long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);
}
