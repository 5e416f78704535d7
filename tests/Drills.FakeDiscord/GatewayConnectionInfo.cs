namespace Drills.FakeDiscord;

/// <summary>What the fake knows about one gateway WebSocket connection.</summary>
public sealed class GatewayConnectionInfo
{
    internal GatewayConnectionInfo(int index, string path, string query, DateTimeOffset openedAt)
    {
        Index = index;
        Path = path;
        Query = query;
        OpenedAt = openedAt;
    }

    /// <summary>0-based connection index.</summary>
    public int Index { get; }

    /// <summary>Request path: <c>/gateway</c> or <c>/gateway-resume</c>.</summary>
    public string Path { get; }

    /// <summary>The query string the client used, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string Query { get; }

    /// <summary>When the socket was accepted.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>When the socket ended, or null while open.</summary>
    public DateTimeOffset? ClosedAt { get; internal set; }

    /// <summary>Close code the client sent, if it closed first.</summary>
    public int? ClientCloseCode { get; internal set; }

    /// <summary>Close code the server sent, if it closed first.</summary>
    public int? ServerCloseCode { get; internal set; }

    /// <summary>True when the socket was dropped without a close handshake.</summary>
    public bool Aborted { get; internal set; }

    /// <summary>Session id once identified or resumed on this connection.</summary>
    public string? SessionId { get; internal set; }

    /// <summary>True while the connection is open and READY/RESUMED was sent.</summary>
    public bool IsReady { get; internal set; }
}
