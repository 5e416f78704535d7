using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>One feature's share of interactions (which ones: its <see cref="RouteRegistration"/>): it answers them.</summary>
public interface IInteractionRoute
{
    Task<HandlerResult> HandleAsync(Interaction interaction, CancellationToken ct);
}
