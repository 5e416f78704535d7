namespace Drills.Discord;

/// <summary>Data of a deferred (type 5) response: flags only (ephemeral is the one flag allowed).</summary>
public sealed class DeferredData : IInteractionCallbackData
{
    public MessageFlags? Flags { get; set; }
}
