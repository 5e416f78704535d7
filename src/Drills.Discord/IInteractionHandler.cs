namespace Drills.Discord;

/// <summary>
/// Receives every <c>INTERACTION_CREATE</c>, typed. Interactions are handled concurrently on the thread
/// pool (each must be answered within 3 s, so one slow interaction must not hold up the next).
/// Runs in a fresh DI scope per interaction; an exception is logged, never fatal.
/// </summary>
public interface IInteractionHandler
{
    Task HandleAsync(Interaction interaction, CancellationToken ct);
}
