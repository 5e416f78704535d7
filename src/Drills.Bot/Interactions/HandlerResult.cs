using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>
/// A handler's answer: the initial response (sent at once, inside Discord's 3 s) and, when the work could be
/// slow, a follow-up that edits the deferred <c>@original</c> message afterwards.
/// </summary>
public sealed record HandlerResult(InteractionResponse Initial, Func<CancellationToken, Task<MessageEdit>>? FollowUp = null)
{
    public static implicit operator HandlerResult(InteractionResponse response) => new(response);

    /// <summary>Defers (ephemeral) and finishes the work in the follow-up.</summary>
    public static HandlerResult Deferred(Func<CancellationToken, Task<MessageEdit>> work) => new(InteractionResponse.Defer(ephemeral: true), work);
}
