namespace Drills.FakeDiscord;

/// <summary>Which request produced a <see cref="RecordedMessage"/>.</summary>
public enum MessageSource
{
    /// <summary><c>POST /channels/{id}/messages</c> (guild channel or DM channel).</summary>
    ChannelPost,

    /// <summary><c>PATCH /channels/{id}/messages/{id}</c>.</summary>
    ChannelEdit,

    /// <summary>Interaction callback type 4 (message) or 5 (deferred: a "thinking" message becomes @original).</summary>
    InteractionResponse,

    /// <summary>Interaction callback type 7 (update the component's message).</summary>
    InteractionUpdate,

    /// <summary><c>POST /webhooks/{app}/{token}</c> follow-up.</summary>
    FollowUp,

    /// <summary><c>PATCH /webhooks/{app}/{token}/messages/{@original|id}</c>.</summary>
    WebhookEdit,

    /// <summary>A message was deleted (channel or webhook route).</summary>
    Delete,
}
