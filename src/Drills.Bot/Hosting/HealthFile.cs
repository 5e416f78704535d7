using System.Globalization;
using Drills.Bot.Interactions;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Drills.Bot.Hosting;

/// <summary>
/// For container health checks: once the gateway is READY, writes the time to <c>Health:File</c> every 30 s
/// while the bot runs. A stale or missing file means the bot is not connected or has hung.
/// </summary>
internal sealed class HealthFile(GatewayClient gateway, IConfiguration configuration, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (configuration["Health:File"] is not { Length: > 0 } path)
        {
            return;
        }

        if (await GatewayReady.WaitAsync(gateway, ct) is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(Every, time);
        do
        {
            await File.WriteAllTextAsync(path, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), ct);
        }
        while (await timer.WaitForNextTickAsync(ct));
    }
}
