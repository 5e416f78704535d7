using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Drills.Discord;

/// <summary>
/// Hands dispatches to the handlers off the receive loop, which must never wait on handler work or heartbeats
/// are missed (docs/discord.md "Heartbeats"). <see cref="IDispatchHandler"/>s see every dispatch in order on
/// one worker; each <c>INTERACTION_CREATE</c> also starts its <see cref="IInteractionHandler"/>s at once on
/// the thread pool, so interactions run concurrently and never queue behind a slow dispatch handler.
/// Each dispatch and interaction gets its own DI scope. Handler exceptions are logged, never fatal.
/// An interaction is handed to the interaction handlers once, even when it arrives twice (same id).
/// </summary>
internal sealed partial class DispatchPump(IServiceScopeFactory scopes, TimeProvider time, ILogger logger)
{
    private readonly Channel<GatewayDispatch> queue = System.Threading.Channels.Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RecentInteractions recent = new(time, TimeSpan.FromMinutes(10), 10_000);
    private readonly ArrivalBaseline arrivals = new(TimeSpan.FromMinutes(5));
    private CancellationToken stopping;

    /// <summary>False when no <see cref="IDispatchHandler"/> is registered: dispatches are then not queued at all
    /// (no scope per dispatch for nobody).</summary>
    internal bool HasDispatchHandlers { get; private set; } = true;

    public Task RunAsync(CancellationToken ct)
    {
        stopping = ct;
        using (var scope = scopes.CreateScope())
        {
            HasDispatchHandlers = scope.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(IDispatchHandler)) ?? true;
        }

        return Task.Run(() => PumpAsync(ct), CancellationToken.None);
    }

    public void Enqueue(GatewayDispatch dispatch)
    {
        if (dispatch.Type == "INTERACTION_CREATE")
        {
            if (InteractionId(dispatch) is { } id && !recent.TryAdd(id))
            {
                LogDuplicateInteraction(id, dispatch.Sequence);
            }
            else
            {
                var receivedAt = time.GetUtcNow();
                _ = Task.Run(() => HandleInteractionAsync(dispatch, receivedAt), CancellationToken.None);
            }
        }

        if (HasDispatchHandlers)
        {
            queue.Writer.TryWrite(dispatch);
        }
    }

    /// <summary>The interaction's <c>id</c> (a snowflake string), read without deserializing the rest.</summary>
    private static ulong? InteractionId(GatewayDispatch dispatch) =>
        dispatch.Data.ValueKind == JsonValueKind.Object && dispatch.Data.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String && ulong.TryParse(id.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private async Task PumpAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var dispatch in queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var handler in scope.ServiceProvider.GetServices<IDispatchHandler>())
                {
                    try
                    {
                        await handler.HandleAsync(dispatch, ct).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (!ct.IsCancellationRequested)
                    {
                        LogHandlerFailed(ex, handler.GetType().Name, dispatch.Type);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task HandleInteractionAsync(GatewayDispatch dispatch, DateTimeOffset receivedAt)
    {
        Interaction? interaction;
        try
        {
            interaction = dispatch.Data.Deserialize<Interaction>(DiscordJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            LogMalformedInteraction(ex.Message);
            return;
        }

        if (interaction is null)
        {
            return;
        }

        interaction.ReceivedAt = receivedAt;
        interaction.ReceivedOn = time;
        interaction.ArrivalAge = arrivals.AgeOnArrival(receivedAt - interaction.CreatedAt, receivedAt);
        await using var scope = scopes.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<IInteractionHandler>().ToList();
        await Task.WhenAll(handlers.Select(h => RunInteractionHandlerAsync(h, interaction))).ConfigureAwait(false);
    }

    private async Task RunInteractionHandlerAsync(IInteractionHandler handler, Interaction interaction)
    {
        try
        {
            await handler.HandleAsync(interaction, stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            LogHandlerFailed(ex, handler.GetType().Name, $"INTERACTION_CREATE {interaction.Type} {interaction.Data?.Name ?? interaction.Data?.CustomId}");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler {Handler} failed on {Dispatch}")]
    private partial void LogHandlerFailed(Exception ex, string handler, string dispatch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a duplicate INTERACTION_CREATE (interaction {Id}, sequence {Sequence}): it was handled already")]
    private partial void LogDuplicateInteraction(ulong id, long? sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a malformed INTERACTION_CREATE: {Error}")]
    private partial void LogMalformedInteraction(string error);
}
