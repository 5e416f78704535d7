using System.Text.Json;

namespace Drills.FakeDiscord;

/// <summary>
/// The bot's answer to an interaction sent with <c>FakeDiscordServer.Send*Async</c>: its first
/// callback (type, data, latency, and the status the fake answered), or a time-out.
/// </summary>
public sealed class InteractionResult
{
    private readonly FakeDiscordServer _server;

    internal InteractionResult(FakeDiscordServer server, ulong id, string token, int? status, int? errorCode, int? callbackType, JsonElement? data, TimeSpan? latency)
    {
        _server = server;
        InteractionId = id;
        Token = token;
        Status = status;
        ErrorCode = errorCode;
        CallbackType = callbackType;
        Data = data;
        Latency = latency;
    }

    /// <summary>The interaction's snowflake.</summary>
    public ulong InteractionId { get; }

    /// <summary>The interaction token (also the follow-up webhook token).</summary>
    public string Token { get; }

    /// <summary>HTTP status the fake gave the first callback attempt (204 accepted; 404 = 10062 late; 400 = invalid), null if none came.</summary>
    public int? Status { get; }

    /// <summary>Discord error code of a refused first callback (10062, 40060, 50035), else null.</summary>
    public int? ErrorCode { get; }

    /// <summary>Callback type of the first attempt (4 message, 5 defer, 6 deferred update, 7 update, 8 autocomplete, 9 modal).</summary>
    public int? CallbackType { get; }

    /// <summary>The callback's <c>data</c>, if any.</summary>
    public JsonElement? Data { get; }

    /// <summary>Time from dispatching INTERACTION_CREATE to receiving the first callback.</summary>
    public TimeSpan? Latency { get; }

    /// <summary>True when no callback arrived before the deadline (plus grace).</summary>
    public bool TimedOut => Status is null;

    /// <summary>True when the first callback was accepted (204/200).</summary>
    public bool Acknowledged => Status is 200 or 204;

    /// <summary><c>data.content</c> of the callback, if any.</summary>
    public string? Content => Data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;

    /// <summary>True when the callback's flags include EPHEMERAL (64).</summary>
    public bool IsEphemeral => Data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("flags", out var f) && f.TryGetInt32(out var v) && (v & 64) != 0;

    /// <summary>Every message recorded for this interaction so far (response, follow-ups, edits).</summary>
    public IReadOnlyList<RecordedMessage> Messages => _server.Messages.Where(m => m.InteractionId == InteractionId).ToArray();

    /// <summary>Waits for a follow-up (<c>POST /webhooks/{app}/{token}</c>) matching <paramref name="predicate"/>.</summary>
    public Task<RecordedMessage> WaitForFollowUpAsync(TimeSpan timeout, Func<RecordedMessage, bool>? predicate = null) =>
        _server.WaitForMessageAsync(m => m.InteractionId == InteractionId && m.Source == MessageSource.FollowUp && (predicate?.Invoke(m) ?? true), timeout);

    /// <summary>Waits for an edit of @original (e.g. after a type 5 defer) matching <paramref name="predicate"/>.</summary>
    public Task<RecordedMessage> WaitForOriginalEditAsync(TimeSpan timeout, Func<RecordedMessage, bool>? predicate = null) =>
        _server.WaitForMessageAsync(m => m.InteractionId == InteractionId && m.Source == MessageSource.WebhookEdit && (predicate?.Invoke(m) ?? true), timeout);

    /// <inheritdoc />
    public override string ToString() => TimedOut
        ? $"interaction {InteractionId}: no callback"
        : $"interaction {InteractionId}: callback type {CallbackType} -> {Status}{(ErrorCode is { } e ? $" ({e})" : string.Empty)} in {Latency?.TotalMilliseconds:F0} ms";
}
