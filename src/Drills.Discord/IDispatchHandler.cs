namespace Drills.Discord;

/// <summary>
/// Receives every gateway dispatch, off the receive loop, which handler work must never hold up
/// (docs/discord.md "Heartbeats"). Handlers run in a fresh DI scope per dispatch; an exception is logged, never fatal.
/// </summary>
public interface IDispatchHandler
{
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken ct);
}
