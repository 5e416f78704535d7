using System.Text.Json.Nodes;

namespace Drills.FakeDiscord;

/// <summary>What the bot did: messages, requests, violations, gateway frames; and ways to wait for them.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>Channel posts, edits, DMs, interaction responses and follow-ups, in arrival order.</summary>
    public IReadOnlyList<RecordedMessage> Messages => _core.Recorder.Messages.Snapshot();

    /// <summary>Public threads the bot started from messages, oldest first.</summary>
    public IReadOnlyList<FakeThread> Threads => _core.State.Threads;

    /// <summary>Every API request with the status the fake answered.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _core.Recorder.Requests.Snapshot();

    /// <summary>Breaches of Discord's rules (schema, limits, allowed_mentions, gateway misuse). Assert it is empty.</summary>
    public IReadOnlyList<Violation> Violations => _core.Recorder.Violations.Snapshot();

    /// <summary>Every gateway message received from the client.</summary>
    public IReadOnlyList<GatewayFrame> ReceivedFrames => _core.Recorder.Frames.Snapshot();

    /// <summary>Every gateway connection so far (index = <see cref="GatewayFrame.ConnectionIndex"/>).</summary>
    public IReadOnlyList<GatewayConnectionInfo> Connections => _core.Gateway.Connections;

    /// <summary>Identify (op 2) payloads received.</summary>
    public int IdentifyCount => _core.Gateway.IdentifyCount;

    /// <summary>Resume (op 6) payloads received.</summary>
    public int ResumeCount => _core.Gateway.ResumeCount;

    /// <summary>True while an open connection has a READY or RESUMED session.</summary>
    public bool IsReady => _core.Gateway.HasReadySession;

    /// <summary>Commands created or overwritten so far (Discord allows 200 creates per day per guild).</summary>
    public int CommandWriteCount => Volatile.Read(ref _core.CommandWrites);

    /// <summary>The registered commands: global when <paramref name="guildId"/> is null.</summary>
    public JsonArray RegisteredCommands(ulong? guildId = null)
    {
        if (!_core.Commands.TryGetValue(guildId ?? 0, out var list))
        {
            return [];
        }

        lock (list)
        {
            return (JsonArray)list.DeepClone();
        }
    }

    /// <summary>The current state of a message the bot created (after edits), or null.</summary>
    public JsonObject? GetMessage(ulong messageId) => _core.Messages.Get(messageId);

    /// <summary>The first recorded message (existing or future) matching <paramref name="predicate"/>.</summary>
    /// <exception cref="TimeoutException">None within <paramref name="timeout"/>.</exception>
    public Task<RecordedMessage> WaitForMessageAsync(Func<RecordedMessage, bool> predicate, TimeSpan timeout) =>
        _core.Recorder.Messages.WaitAsync(predicate, timeout, TimeProvider.System, "message");

    /// <summary>The first request (existing or future) matching <paramref name="predicate"/>.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, TimeSpan timeout) =>
        _core.Recorder.Requests.WaitAsync(predicate, timeout, TimeProvider.System, "request");

    /// <summary>The first gateway frame (existing or future) matching <paramref name="predicate"/>.</summary>
    public Task<GatewayFrame> WaitForFrameAsync(Func<GatewayFrame, bool> predicate, TimeSpan timeout) =>
        _core.Recorder.Frames.WaitAsync(predicate, timeout, TimeProvider.System, "gateway frame");

    /// <summary>Waits until a session is READY (or RESUMED) on an open connection.</summary>
    public Task WaitForReadyAsync(TimeSpan timeout) => WaitUntilAsync(() => IsReady, timeout, "a READY gateway session");

    /// <summary>Polls <paramref name="condition"/> every 10 ms (real time) until true.</summary>
    /// <exception cref="TimeoutException">Still false after <paramref name="timeout"/>.</exception>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string? what = null)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(start) > timeout)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalMilliseconds} ms waiting for {what ?? "the condition"}.");
            }

            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets recorded messages, requests, violations and frames (e.g. between benchmark phases).</summary>
    public void ClearRecords()
    {
        _core.Recorder.Messages.Clear();
        _core.Recorder.Requests.Clear();
        _core.Recorder.Violations.Clear();
        _core.Recorder.Frames.Clear();
    }
}
