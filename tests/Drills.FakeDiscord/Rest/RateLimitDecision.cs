namespace Drills.FakeDiscord.Rest;

/// <summary>The outcome of a rate-limit check and the values of the X-RateLimit-* headers.</summary>
internal sealed record RateLimitDecision(
    bool Allowed,
    string Bucket,
    int Limit,
    int Remaining,
    DateTimeOffset ResetAt,
    TimeSpan ResetAfter,
    bool Global = false,
    string Scope = "user");
