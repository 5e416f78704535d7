using System.Net.Http.Headers;

namespace Drills.Discord;

/// <summary>
/// A slot in a rate-limit bucket, held from just before a request is sent until its response headers are in,
/// so that the bucket is not dropped under a request in flight.
/// </summary>
internal sealed class BucketLease(BucketRateLimiter limiter, RestRoute route, RateLimitBucket bucket) : IDisposable
{
    private bool disposed;

    public void Update(HttpResponseHeaders headers) => limiter.Update(route, bucket, headers);

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            limiter.Return(bucket);
        }
    }
}
