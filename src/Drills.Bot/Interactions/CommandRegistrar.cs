using Drills.Discord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Interactions;

/// <summary>
/// Registers every feature's commands (<see cref="RouteTable.Commands"/>) once the gateway is READY (the application
/// id comes with it): globally, and to the dev guild too when one is configured (guild commands show at once; global
/// ones can take an hour). <see cref="CommandSync"/> skips a registration that has not changed, so restarts do not
/// spend Discord's daily create limit.
/// </summary>
public sealed partial class CommandRegistrar(
    RouteTable routes, GatewayClient gateway, CommandSync sync, IOptions<BotDiscordOptions> options, ILogger<CommandRegistrar> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (await GatewayReady.WaitAsync(gateway, ct) is not { } ready)
        {
            return;
        }

        await RegisterAsync(ready.ApplicationId, null, "global", ct);
        if (options.Value.DevGuildId is { } guild)
        {
            // On its own: a failed global registration must not cost the dev guild its commands.
            await RegisterAsync(ready.ApplicationId, guild, $"guild {guild}", ct);
        }
    }

    private async Task RegisterAsync(ulong applicationId, ulong? guild, string scope, CancellationToken ct)
    {
        try
        {
            LogRegistered(scope, await sync.RegisterAsync(applicationId, guild, routes.Commands, ct));
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException)
        {
            // A DiscordApiException's message lists the fields Discord refused (an invalid form body).
            LogFailed(e, scope, (e as DiscordApiException)?.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Commands ({Scope}) registered: {Changed} (false: unchanged, skipped)")]
    private partial void LogRegistered(string scope, bool changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering commands ({Scope}) failed (Discord code {Code})")]
    private partial void LogFailed(Exception e, string scope, int? code);
}
