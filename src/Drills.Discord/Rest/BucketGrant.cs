namespace Drills.Discord;

/// <summary>What waiting on a <see cref="RateLimitBucket"/> gave.</summary>
internal enum BucketGrant
{
    /// <summary>A slot counted against the bucket's known limits.</summary>
    Slot,

    /// <summary>The one request allowed while the bucket's limits are unknown; the others wait for its response.</summary>
    Probe,

    /// <summary>The bucket now lives under Discord's bucket hash: look it up again.</summary>
    Moved,
}
