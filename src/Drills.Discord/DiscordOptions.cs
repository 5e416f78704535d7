namespace Drills.Discord;

/// <summary>
/// The <c>Discord</c> configuration section. Only <see cref="Token"/> is required (non-empty; its shape is
/// never checked: Discord-compatible servers issue other formats, the server answers 401/4004). Pointing
/// <see cref="ApiBaseUrl"/> at a fake moves everything: the gateway url comes from <c>GET /gateway/bot</c>.
/// The tuning knobs default to Discord's rules; tests may shorten them.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public string Token { get; set; } = "";
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";
    public int? ShardId { get; set; }
    public int? ShardCount { get; set; }

    /// <summary>Gateway intents; GUILDS (1) is enough: interactions arrive without any intent.</summary>
    public int Intents { get; set; } = 1;

    /// <summary>Global REST limit per second (Discord: 50 per bot; callbacks and webhooks exempt).</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Retries of a request that failed with 5xx or a network error.</summary>
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>First retry delay after a 5xx/network error; doubles per retry.</summary>
    public TimeSpan ServerErrorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after 429 before giving up (a bot must not loop on failing requests).</summary>
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>
    /// A rate-limit bucket nobody has used for this long, and whose window has reset, is dropped (each
    /// interaction has buckets of its own). Dropping is safe at any length: a new bucket relearns the same limits
    /// from the next response, sending one request at a time until it knows them. 10 s keeps the buckets of a busy
    /// loop across its pauses and holds at most ~20 s of interactions' buckets.
    /// </summary>
    public TimeSpan RateLimitBucketIdleTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gateway events sent per <see cref="GatewaySendWindow"/>; Discord allows 120, we keep headroom.</summary>
    public int GatewaySendLimit { get; set; } = 115;

    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Reconnect backoff: starts here, doubles per failed attempt, with jitter.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Minimum gap between two Identifies of a shard bucket (Discord: 1 per 5 s).</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);
}
