namespace Drills.Discord;

/// <summary>
/// A slot in a rate-limit bucket, held from just before a request is sent until its response headers are in,
/// so that the bucket is not dropped under a request in flight.
/// </summary>
/// <param name="probe">The request that finds out an unknown bucket's limits: the others wait for its response.</param>
internal sealed class BucketLease(BucketRateLimiter limiter, RestRoute route, RateLimitBucket bucket, bool probe) : IDisposable
{
    private bool disposed;

    public void Update(HttpResponseMessage response) => limiter.Update(route, bucket, response.Headers, response.IsSuccessStatusCode);

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            if (probe)
            {
                bucket.EndProbe();
            }

            limiter.Return(bucket);
        }
    }
}
