using System.Text.Json;

namespace Drills.FakeDiscord;

/// <summary>
/// One message-affecting request the bot made: a post, an edit, an interaction response or
/// follow-up, or a DM. <see cref="Body"/> is the JSON the bot sent (or the callback's <c>data</c>).
/// </summary>
public sealed record RecordedMessage(
    ulong MessageId,
    ulong ChannelId,
    ulong? GuildId,
    bool IsDm,
    ulong? RecipientUserId,
    ulong? InteractionId,
    MessageSource Source,
    JsonElement Body,
    DateTimeOffset Timestamp)
{
    /// <summary>The <c>content</c> the bot sent, or null when absent.</summary>
    public string? Content => Body.ValueKind == JsonValueKind.Object
        && Body.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;

    /// <summary>The message <c>flags</c> the bot sent (64 = ephemeral), 0 when absent.</summary>
    public int Flags => Body.ValueKind == JsonValueKind.Object
        && Body.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0;

    /// <summary>True when flag 64 (ephemeral) is set.</summary>
    public bool IsEphemeral => (Flags & 64) != 0;

    /// <summary>The files sent with this message (multipart <c>files[n]</c>), empty for a JSON body.</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    /// <summary>True for edits (channel edits, webhook edits, type 7 updates).</summary>
    public bool IsEdit => Source is MessageSource.ChannelEdit or MessageSource.WebhookEdit or MessageSource.InteractionUpdate;
}
