namespace Drills.FakeDiscord;

/// <summary>
/// Knobs of the fake Discord. Defaults follow Discord's documented behaviour (docs/discord.md);
/// tests shorten timings, benchmarks scale the rate limits up.
/// </summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The bot token the server accepts (in <c>Authorization: Bot &lt;token&gt;</c> and Identify/Resume).</summary>
    public string Token { get; set; } = "fake-bot-token.for-tests-only";

    /// <summary>Clock for deadlines, rate-limit windows and timestamps. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Hello's <c>heartbeat_interval</c> (Discord: 41250 ms). Tests use ~100-500 ms.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>Initial interaction response deadline (Discord: 3 s, then 10062).</summary>
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long <c>Send*Async</c> keeps waiting past the deadline to observe (and reject) a late callback.</summary>
    public TimeSpan InteractionGrace { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Follow-up / @original webhook token lifetime (Discord: 15 min).</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Global limit: requests per second per bot (Discord: 50). Callbacks and webhooks are exempt.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Requests allowed per route bucket (template + major parameter) per <see cref="BucketWindow"/>.</summary>
    public int BucketLimit { get; set; } = 5;

    /// <summary>Length of a route bucket's window (Discord's message route: 5 per 5 s per channel).</summary>
    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>shards</c> returned by <c>GET /gateway/bot</c>.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary><c>session_start_limit.max_concurrency</c>: shards whose <c>shard_id % max_concurrency</c> differ may
    /// identify at the same time (Discord: 1 for most bots, 16 and more for large ones).</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Identifies of one bucket (<c>shard_id % max_concurrency</c>) closer than this are refused with op 9 d=false (Discord: 5 s).</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How much closer than <see cref="IdentifyInterval"/> two Identifies may arrive and still pass: the client
    /// spaces its sends, the fake sees arrivals, and a loaded machine delays one more than the other.</summary>
    public TimeSpan IdentifyTolerance { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Gateway: events a client may send per <see cref="GatewaySendWindow"/> (Discord: 120 per 60 s, else 4008).</summary>
    public int GatewaySendLimit { get; set; } = 120;

    /// <summary>Window of <see cref="GatewaySendLimit"/>.</summary>
    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest message a client may send (Discord: 4096 bytes, else 4002).</summary>
    public int GatewayMaxMessageBytes { get; set; } = 4096;

    /// <summary>
    /// Path to Discord's openapi.json. Null: search upwards from the test assembly for
    /// <c>shared/discord/openapi.json</c>. If not found, bodies are checked by the project's own schemas only
    /// (<see cref="FakeDiscordServer.OfficialSpecSkippedReason"/> says why).
    /// </summary>
    public string? OpenApiPath { get; set; }

    /// <summary>Validate request bodies against the schemas: the project's own, and the official spec when found
    /// (the docs' extra limits are always checked).</summary>
    public bool ValidateSchemas { get; set; } = true;
}
