using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace Drills.Discord;

/// <summary>
/// Per-route buckets from the response headers (docs/discord.md "Rate limits"): the key is the
/// <c>X-RateLimit-Bucket</c> hash + the major parameter; before the hash is known, method + route template
/// + major parameter. Bucket keys can hold webhook tokens: they are never logged.
/// </summary>
internal sealed class BucketRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> hashes = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new();

    public Task AcquireAsync(RestRoute route, CancellationToken ct) => BucketFor(route).AcquireAsync(ct);

    /// <summary>Reads X-RateLimit-Bucket/-Limit/-Remaining/-Reset-After (never the absolute -Reset).</summary>
    public void Update(RestRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            hashes[route.RouteKey] = hash;
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            int? limit = int.TryParse(Header(headers, "X-RateLimit-Limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;
            BucketFor(route).Update(limit, remaining, TimeSpan.FromSeconds(Math.Max(0, resetAfter)));
        }
    }

    public void Exhaust(RestRoute route, TimeSpan retryAfter) => BucketFor(route).Exhaust(retryAfter);

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private RateLimitBucket BucketFor(RestRoute route)
    {
        var key = hashes.TryGetValue(route.RouteKey, out var hash)
            ? $"{hash}:{route.MajorParameter}"
            : $"{route.RouteKey}:{route.MajorParameter}";
        return buckets.GetOrAdd(key, _ => new RateLimitBucket(time));
    }
}
