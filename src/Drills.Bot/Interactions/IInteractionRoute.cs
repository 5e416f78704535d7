using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>One feature's share of interactions: it says which it takes and answers them.</summary>
public interface IInteractionRoute
{
    bool Handles(Interaction interaction);

    Task<HandlerResult> HandleAsync(Interaction interaction, CancellationToken ct);
}
