using System.Text.Json;

namespace Drills.FakeDiscord.Interactions;

/// <summary>An interaction sent to the bot: who, where, when, and what the bot answered so far.</summary>
internal sealed class PendingInteraction(ulong id, string token, int type, FakeUser user, FakeChannel channel, ulong? messageId, long createdAt)
{
    private int _acknowledged;

    public ulong Id => id;

    public string Token => token;

    /// <summary>2 command, 3 component, 4 autocomplete, 5 modal submit.</summary>
    public int Type => type;

    public FakeUser User => user;

    public FakeChannel Channel => channel;

    /// <summary>The message a component was on (type 7 updates edit it).</summary>
    public ulong? MessageId => messageId;

    /// <summary>Clock timestamp (TimeProvider.GetTimestamp) when the interaction was created.</summary>
    public long CreatedAt => createdAt;

    public ulong? OriginalMessageId { get; set; }

    /// <summary>The INTERACTION_CREATE <c>d</c> as dispatched (for a redelivery fault).</summary>
    public System.Text.Json.Nodes.JsonObject? Payload { get; set; }

    /// <summary>Completed by the first callback attempt (accepted or refused).</summary>
    public TaskCompletionSource<CallbackOutcome> FirstAttempt { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsAcknowledged => Volatile.Read(ref _acknowledged) != 0;

    /// <summary>True for the one caller that acknowledges first (Discord: a second answer gets 40060).</summary>
    public bool TryAcknowledge() => Interlocked.Exchange(ref _acknowledged, 1) == 0;
}
