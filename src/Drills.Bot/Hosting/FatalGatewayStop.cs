using Drills.Discord;
using Microsoft.Extensions.Hosting;

namespace Drills.Bot.Hosting;

/// <summary>
/// The bot's answer when Discord refuses it for good (<see cref="GatewayClient.Fatal"/>: a bad token, disallowed
/// intents, ...), at start or months into a run: stop. <see cref="BotHost.RunAsync"/> then prints the reason as one
/// line and exits 1; a bot that cannot connect must not sit there looking alive.
/// </summary>
internal sealed class FatalGatewayStop(GatewayClient gateway, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await gateway.Fatal.WaitAsync(stoppingToken);
        lifetime.StopApplication();
    }
}
