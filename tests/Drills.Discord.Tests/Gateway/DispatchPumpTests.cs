using System.Text.Json;
using Drills.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Drills.Discord.Tests.Gateway;

/// <summary>
/// The dispatch pump queues dispatches for <see cref="IDispatchHandler"/>s only when one is registered (the bot
/// registers none: no scope per dispatch for nobody), and interactions reach the interaction handlers either way.
/// </summary>
public sealed class DispatchPumpTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DispatchHandlers_AreServedOnlyWhenRegistered(bool withDispatchHandler)
    {
        var services = new ServiceCollection();
        var interactions = new InteractionRecorder();
        var dispatches = new DispatchRecorder();
        services.AddSingleton<IInteractionHandler>(interactions);
        if (withDispatchHandler)
        {
            services.AddSingleton<IDispatchHandler>(dispatches);
        }

        await using var provider = services.BuildServiceProvider();
        using var stop = new CancellationTokenSource();
        var pump = new DispatchPump(provider.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger.Instance);
        var running = pump.RunAsync(stop.Token);

        pump.Enqueue(new GatewayDispatch("INTERACTION_CREATE", JsonDocument.Parse("""{"id":"42","application_id":"1","type":2,"token":"t"}""").RootElement, 7));
        await Eventually.TrueAsync(() => interactions.Seen.Any(i => i.Id == 42), "the interaction handled");
        if (withDispatchHandler)
        {
            await dispatches.WaitForAsync(d => d.Count == 1, "the dispatch handled");
        }

        Assert.Equal(withDispatchHandler, pump.HasDispatchHandlers);
        await stop.CancelAsync();
        await running;
    }
}
