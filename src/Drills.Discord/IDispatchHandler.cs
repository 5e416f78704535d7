namespace Drills.Discord;

/// <summary>
/// Receives every gateway dispatch, off the receive loop (PROTOCOL.md "Never block the receive loop with
/// handler work"). Handlers run in a fresh DI scope per dispatch; an exception is logged, never fatal.
/// </summary>
public interface IDispatchHandler
{
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken ct);
}
