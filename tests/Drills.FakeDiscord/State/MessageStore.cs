using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Drills.FakeDiscord.State;

/// <summary>Current state of every message the bot created (for edits, GETs and component interactions).</summary>
internal sealed class MessageStore
{
    private readonly ConcurrentDictionary<ulong, StoredMessage> _messages = new();

    public void Put(ulong id, ulong channelId, JsonObject message) => _messages[id] = new StoredMessage(channelId, message);

    public bool Remove(ulong id) => _messages.TryRemove(id, out _);

    /// <summary>A deep copy of the message, or null when unknown (or in another channel).</summary>
    public JsonObject? Get(ulong id, ulong? channelId = null)
    {
        if (!_messages.TryGetValue(id, out var stored) || (channelId is { } c && stored.ChannelId != c))
        {
            return null;
        }

        lock (stored.Message)
        {
            return (JsonObject)stored.Message.DeepClone();
        }
    }

    /// <summary>Merges an edit body into the message; returns the edited copy or null when unknown.</summary>
    public JsonObject? Edit(ulong id, ulong? channelId, JsonObject? body, DateTimeOffset now)
    {
        if (!_messages.TryGetValue(id, out var stored) || (channelId is { } c && stored.ChannelId != c))
        {
            return null;
        }

        lock (stored.Message)
        {
            Payloads.Merge(stored.Message, body);
            stored.Message["edited_timestamp"] = Payloads.Iso(now);
            return (JsonObject)stored.Message.DeepClone();
        }
    }

    private sealed record StoredMessage(ulong ChannelId, JsonObject Message);
}
