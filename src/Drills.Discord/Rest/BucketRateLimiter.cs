using System.Globalization;
using System.Net.Http.Headers;

namespace Drills.Discord;

/// <summary>
/// Per-route buckets from the response headers (docs/discord.md "Rate limits": the key is the <c>X-RateLimit-Bucket</c> hash + the
/// major parameter; before the hash is known, method + route template + major parameter). Bucket keys can hold
/// webhook tokens: they are never logged.
/// <para>
/// Interaction routes have a bucket per interaction (their major parameter is the token), so buckets are
/// dropped once nobody has used them for <c>idleTime</c> and their window has reset: a new bucket for the same
/// key then learns from Discord's headers exactly what the old one would have said. A sweep on the limiter's
/// clock runs every <c>idleTime</c> while any bucket is alive (a bucket lives between one and two idle times
/// after its last use).
/// </para>
/// </summary>
internal sealed class BucketRateLimiter
{
    private readonly TimeProvider time;
    private readonly TimeSpan idleTime;
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private readonly ITimer sweeper;
    private bool sweeping;

    public BucketRateLimiter(TimeProvider time, TimeSpan idleTime)
    {
        this.time = time;
        this.idleTime = idleTime;
        sweeper = time.CreateTimer(static self => ((BucketRateLimiter)self!).Sweep(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Buckets alive right now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return buckets.Count;
            }
        }
    }

    /// <summary>Waits for a slot in the route's bucket; dispose the lease once the response's headers are read.</summary>
    public async Task<BucketLease> AcquireAsync(RestRoute route, CancellationToken ct)
    {
        while (true)
        {
            var bucket = Rent(route);
            BucketGrant grant;
            try
            {
                grant = await bucket.AcquireAsync(ct).ConfigureAwait(false);
            }
            catch
            {
                Return(bucket);
                throw;
            }

            if (grant != BucketGrant.Moved)
            {
                return new BucketLease(this, route, bucket, grant == BucketGrant.Probe);
            }

            Return(bucket);
        }
    }

    /// <summary>
    /// Reads X-RateLimit-Bucket/-Limit/-Remaining/-Reset-After (never the absolute -Reset). When the response
    /// names the route's bucket hash for the first time, the limits go to the hash's bucket and the requests
    /// waiting on the route's provisional bucket move there.
    /// </summary>
    public void Update(RestRoute route, RateLimitBucket held, HttpResponseHeaders headers, bool success)
    {
        var hash = Header(headers, "X-RateLimit-Bucket");
        RateLimitBucket current;
        lock (gate)
        {
            if (hash is { Length: > 0 })
            {
                hashes[route.RouteKey] = hash;
            }

            var key = KeyOf(route);
            current = key == held.Key ? held : GetOrAdd(key);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            int? limit = int.TryParse(Header(headers, "X-RateLimit-Limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;
            current.Update(limit, remaining, TimeSpan.FromSeconds(Math.Max(0, resetAfter)));
        }
        else if (success)
        {
            current.MarkUnlimited();
        }

        if (current != held)
        {
            lock (gate)
            {
                if (buckets.TryGetValue(held.Key, out var mapped) && mapped == held)
                {
                    buckets.Remove(held.Key);
                }
            }

            held.Supersede();
        }
    }

    /// <summary>A 429 on the route's bucket: nothing more on it until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(RestRoute route, TimeSpan retryAfter)
    {
        RateLimitBucket bucket;
        lock (gate)
        {
            bucket = GetOrAdd(KeyOf(route));
        }

        bucket.Exhaust(retryAfter);
    }

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    internal void Return(RateLimitBucket bucket)
    {
        lock (gate)
        {
            bucket.Users--;
            bucket.LastUsed = time.GetTimestamp();
        }
    }

    private RateLimitBucket Rent(RestRoute route)
    {
        lock (gate)
        {
            var bucket = GetOrAdd(KeyOf(route));
            bucket.Users++;
            return bucket;
        }
    }

    private string KeyOf(RestRoute route) => hashes.TryGetValue(route.RouteKey, out var hash)
        ? $"{hash}:{route.MajorParameter}"
        : $"{route.RouteKey}:{route.MajorParameter}";

    private RateLimitBucket GetOrAdd(string key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new RateLimitBucket(time, key) { LastUsed = time.GetTimestamp() };
            buckets.Add(key, bucket);
            if (!sweeping)
            {
                sweeping = true;
                sweeper.Change(idleTime, idleTime);
            }
        }

        return bucket;
    }

    private void Sweep()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            foreach (var (key, bucket) in buckets)
            {
                if (bucket.Users == 0 && time.GetElapsedTime(bucket.LastUsed, now) >= idleTime && bucket.HasReset(now))
                {
                    buckets.Remove(key);
                }
            }

            if (buckets.Count == 0 && sweeping)
            {
                // Nothing left to sweep: the timer stops, and nothing keeps an unused client alive.
                sweeping = false;
                sweeper.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
    }
}
