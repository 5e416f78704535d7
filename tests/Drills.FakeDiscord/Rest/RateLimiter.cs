using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Drills.FakeDiscord.Rest;

/// <summary>
/// Discord's REST limits (docs/discord.md "Rate limits"): a per-route bucket keyed on bucket hash
/// + major parameter, and a global per-second limit that callbacks and webhooks are exempt from.
/// Fixed windows on the injected clock. The server knows one token, so the global window is that token's one
/// budget: every connection and process sending with it draws from the same 50 per second.
/// </summary>
internal sealed class RateLimiter(FakeDiscordOptions options)
{
    private readonly ConcurrentDictionary<string, string> _hashes = new();
    private readonly ConcurrentDictionary<string, Window> _buckets = new();
    private readonly Window _global = new();
    private int _globalRejections;

    /// <summary>Requests refused with a global 429 so far (the one budget of the token, whoever sent them).</summary>
    public int GlobalRejections => Volatile.Read(ref _globalRejections);

    private TimeProvider Time => options.TimeProvider;

    /// <summary>The bucket hash Discord would send in X-RateLimit-Bucket for this route.</summary>
    public string BucketHash(string method, string template) => _hashes.GetOrAdd(method + " " + template, key =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]);

    /// <summary>Counts a request against the global limit; false (with retry-after) when over it.</summary>
    public bool TryGlobal(out TimeSpan retryAfter)
    {
        var (allowed, _, reset) = _global.Take(options.GlobalRequestsPerSecond, TimeSpan.FromSeconds(1), Time);
        retryAfter = reset;
        if (!allowed)
        {
            Interlocked.Increment(ref _globalRejections);
        }

        return allowed;
    }

    /// <summary>Counts a request against its route bucket.</summary>
    public RateLimitDecision TakeBucket(string method, string template, string majorKey)
    {
        var hash = BucketHash(method, template);
        var window = _buckets.GetOrAdd(hash + ":" + majorKey, _ => new Window());
        var (allowed, remaining, resetAfter) = window.Take(options.BucketLimit, options.BucketWindow, Time);
        return new RateLimitDecision(allowed, hash, options.BucketLimit, remaining, Time.GetUtcNow() + resetAfter, resetAfter);
    }

    /// <summary>Current headers of a bucket without counting (for injected 429s).</summary>
    public RateLimitDecision Peek(string method, string template, string majorKey, TimeSpan retryAfter, bool global)
    {
        var hash = BucketHash(method, template);
        return new RateLimitDecision(false, hash, options.BucketLimit, 0, Time.GetUtcNow() + retryAfter, retryAfter, global, global ? "global" : "user");
    }

    private sealed class Window
    {
        private readonly Lock _gate = new();
        private long _start;
        private int _count;
        private bool _started;

        public (bool Allowed, int Remaining, TimeSpan ResetAfter) Take(int limit, TimeSpan length, TimeProvider time)
        {
            lock (_gate)
            {
                var now = time.GetTimestamp();
                if (!_started || time.GetElapsedTime(_start, now) >= length)
                {
                    _start = now;
                    _count = 0;
                    _started = true;
                }

                var resetAfter = length - time.GetElapsedTime(_start, now);
                if (_count >= limit)
                {
                    return (false, 0, resetAfter);
                }

                _count++;
                return (true, limit - _count, resetAfter);
            }
        }
    }
}
