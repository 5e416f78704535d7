using Drills.FakeDiscord.Gateway;
using Drills.FakeDiscord.Rest;

namespace Drills.FakeDiscord;

/// <summary>
/// Faults a test can inject. Gateway faults act on every open connection. REST faults match a
/// <c>method</c> (null = any) and a <c>path</c>: a prefix of the concrete path under /api/v10
/// (<c>/channels/123/messages</c>) or, when it contains '{', an exact route template
/// (<c>/channels/{channel_id}/messages</c>).
/// </summary>
public sealed class FaultInjector
{
    private static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(5);
    private readonly ServerCore _core;

    internal FaultInjector(ServerCore core) => _core = core;

    /// <summary>Closes the gateway connection(s) with <paramref name="code"/> and waits until the socket ended.</summary>
    public Task CloseGatewayAsync(int code, string reason = "") => ForEachAndWaitAsync(c => c.Close(code, reason));

    /// <summary>Drops the TCP connection(s) without a close frame and waits until the socket ended.</summary>
    public Task DropConnectionAsync() => ForEachAndWaitAsync(c => c.Abort());

    /// <summary>Sends op 7 Reconnect (the client should close and Resume).</summary>
    public Task SendReconnectAsync() => ForEach(c => c.Send("""{"op":7,"d":null,"s":null,"t":null}"""));

    /// <summary>Sends op 9 Invalid Session; with <paramref name="resumable"/> false the session can no longer be resumed.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => ForEach(c =>
    {
        if (!resumable && c.Session is { } session)
        {
            _core.Gateway.Invalidate(session);
            session.Detach(c);
            c.Session = null;
        }

        // The client may now Identify (or Resume) again on this socket.
        c.Authenticated = false;
        c.Info.IsReady = false;

        c.Send(resumable ? """{"op":9,"d":true,"s":null,"t":null}""" : """{"op":9,"d":false,"s":null,"t":null}""");
    });

    /// <summary>Sends op 1: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => ForEach(c => c.Send("""{"op":1,"d":null,"s":null,"t":null}"""));

    /// <summary>Stops (or resumes) answering heartbeats with op 11, making the connection a zombie.</summary>
    public void StopHeartbeatAcks(bool stop = true) => _core.Gateway.HeartbeatAcksStopped = stop;

    /// <summary>
    /// Sends an interaction's INTERACTION_CREATE again (same id and token, a new sequence), as Discord-compatible
    /// servers have been seen to do; the bot must answer it once. False when the interaction or session is unknown.
    /// </summary>
    public bool RedeliverInteraction(ulong interactionId) =>
        _core.Interactions.TryGetValue(interactionId, out var pending) && pending.Payload is { } payload
        && _core.Gateway.Dispatch("INTERACTION_CREATE", payload.DeepClone(), pending.Channel.GuildId);

    /// <summary>Answers the next <paramref name="count"/> matching requests with 429 (scope user) and <c>retry_after</c>.</summary>
    public void RateLimitRoute(string? method, string path, double retryAfterSeconds, int count = 1) =>
        _core.Faults.Add(RouteFaults.Kind.RateLimit, method, path, count, value: TimeSpan.FromSeconds(retryAfterSeconds));

    /// <summary>Answers the next <paramref name="count"/> non-exempt requests with a global 429.</summary>
    public void GlobalRateLimit(double retryAfterSeconds, int count = 1) => _core.Faults.AddGlobal(TimeSpan.FromSeconds(retryAfterSeconds), count);

    /// <summary>Answers the next <paramref name="count"/> matching requests with <paramref name="status"/> (5xx).</summary>
    public void ServerErrors(string? method, string path, int count, int status = 502) =>
        _core.Faults.Add(RouteFaults.Kind.ServerError, method, path, count, status);

    /// <summary>
    /// Refuses the next <paramref name="count"/> matching requests with 400 <c>{code: 50035, message: "Invalid Form
    /// Body", errors}</c>, <paramref name="errors"/> being Discord's tree of field errors, e.g.
    /// <c>{"options": {"0": {"name": {"_errors": [{"code": "...", "message": "..."}]}}}}</c>. Not a violation: it
    /// stands for a rule the fake does not check.
    /// </summary>
    public void InvalidFormBody(string? method, string path, System.Text.Json.Nodes.JsonObject errors, int count = 1) =>
        _core.Faults.Add(RouteFaults.Kind.FormError, method, path, count, errors: errors);

    /// <summary>Delays the next <paramref name="count"/> matching requests by <paramref name="delay"/> before handling them.</summary>
    public void Delay(string? method, string path, TimeSpan delay, int count = int.MaxValue) =>
        _core.Faults.Add(RouteFaults.Kind.Delay, method, path, count, value: delay);

    /// <summary>Posts to this user's DM channel fail with 50007 (or succeed again with <paramref name="closed"/> false).</summary>
    public void CloseDms(FakeUser user, bool closed = true) => user.DmsClosed = closed;

    /// <summary>Requests on <paramref name="channel"/> fail with 403 and <paramref name="code"/> (50001 Missing Access, 50013 Missing Permissions; 0 clears).</summary>
    public void FailChannel(FakeChannel channel, int code = 50013) => _core.State.SetChannelFailure(channel.Id, code);

    /// <summary>
    /// The bot lacks (or, with <paramref name="denied"/> false, has again) Create Public Threads in
    /// <paramref name="channel"/>: starting a thread there fails with 403 / 50013, posting still works.
    /// </summary>
    public void DenyThreads(FakeChannel channel, bool denied = true) => _core.State.DenyThreads(channel.Id, denied);

    /// <summary>
    /// The bot lacks (or, with <paramref name="denied"/> false, has again) Attach Files in <paramref name="channel"/>:
    /// a message with files there fails with 403 / 50013, one without files still posts.
    /// </summary>
    public void DenyAttachFiles(FakeChannel channel, bool denied = true) => _core.State.DenyFiles(channel.Id, denied);

    /// <summary>Removes every armed REST fault and resumes heartbeat ACKs.</summary>
    public void Clear()
    {
        _core.Faults.Clear();
        StopHeartbeatAcks(false);
    }

    private Task ForEach(Action<GatewayConnection> action)
    {
        foreach (var connection in _core.Gateway.OpenConnections)
        {
            action(connection);
        }

        return Task.CompletedTask;
    }

    private async Task ForEachAndWaitAsync(Action<GatewayConnection> action)
    {
        var targets = _core.Gateway.OpenConnections;
        foreach (var connection in targets)
        {
            action(connection);
        }

        await FakeDiscordServer.WaitUntilAsync(() => targets.All(t => t.Info.ClosedAt is not null), CloseWait, "the gateway socket to close").ConfigureAwait(false);
    }
}
