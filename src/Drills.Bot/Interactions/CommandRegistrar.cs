using Drills.Discord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Interactions;

/// <summary>
/// Registers every feature's commands (<see cref="RouteTable.Commands"/>) once the gateway is READY (the application
/// id comes with it): globally, and to the dev guild too when one is configured (guild commands show at once; global
/// ones can take an hour). The client skips a registration that has not changed, so restarts do not spend Discord's
/// daily create limit.
/// </summary>
public sealed partial class CommandRegistrar(
    RouteTable routes, GatewayClient gateway, DiscordRestClient rest, IOptions<BotDiscordOptions> options, ILogger<CommandRegistrar> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (await GatewayReady.WaitAsync(gateway, ct) is not { } ready)
        {
            return;
        }

        try
        {
            var global = await rest.BulkOverwriteCommandsAsync(ready.ApplicationId, null, routes.Commands, ct);
            LogRegistered("global", global);
            if (options.Value.DevGuildId is { } guild)
            {
                var dev = await rest.BulkOverwriteCommandsAsync(ready.ApplicationId, guild, routes.Commands, ct);
                LogRegistered($"guild {guild}", dev);
            }
        }
        catch (DiscordApiException e)
        {
            LogFailed(e, e.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Commands ({Scope}) registered: {Changed} (false: unchanged, skipped)")]
    private partial void LogRegistered(string scope, bool changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering commands failed (Discord code {Code})")]
    private partial void LogFailed(Exception e, int? code);
}
