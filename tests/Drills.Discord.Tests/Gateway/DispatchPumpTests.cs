using System.Text.Json;
using Drills.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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

    [Fact]
    public async Task AHostClockAheadOfDiscords_MakesNoInteractionOld_WhileABacklogStillCounts()
    {
        var services = new ServiceCollection();
        var interactions = new InteractionRecorder();
        services.AddSingleton<IInteractionHandler>(interactions);
        await using var provider = services.BuildServiceProvider();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        using var stop = new CancellationTokenSource();
        var pump = new DispatchPump(provider.GetRequiredService<IServiceScopeFactory>(), time, NullLogger.Instance);
        var running = pump.RunAsync(stop.Token);

        // Our clock runs 2.5 s ahead of Discord's: by the raw id, every interaction arrives 2.5 s old, past the bot's
        // 2 s wait budget. The last one also sat 1 s in a backlog before Discord's clock let it go.
        var ahead = TimeSpan.FromMilliseconds(2500);
        for (var i = 1; i <= 5; i++)
        {
            var created = time.GetUtcNow() - ahead - (i == 5 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);
            var id = ((ulong)(long)(created - new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)).TotalMilliseconds << 22) + (ulong)i;
            pump.Enqueue(new GatewayDispatch("INTERACTION_CREATE", JsonDocument.Parse($$"""{"id":"{{id}}","application_id":"1","type":2,"token":"t{{i}}"}""").RootElement, i));
            await Eventually.TrueAsync(() => interactions.Seen.Count == i, "the interaction handled");
        }

        var ages = interactions.Seen.Select(i => i.GetAge()).ToList();
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1)], ages);
        await stop.CancelAsync();
        await running;
    }
}
