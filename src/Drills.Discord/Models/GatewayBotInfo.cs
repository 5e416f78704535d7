namespace Drills.Discord;

/// <summary><c>GET /gateway/bot</c>: the gateway url, recommended shards and the session start limit.</summary>
public sealed class GatewayBotInfo
{
    public string Url { get; set; } = "";
    public int Shards { get; set; } = 1;
    public SessionStartLimit? SessionStartLimit { get; set; }
}
