using System.Globalization;
using Drills.Discord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Interactions;

/// <summary>
/// Registers a command list unless it is unchanged since the last registration, so restarts do not spend
/// Discord's 200 creations a day per guild (docs/discord.md "Application commands"). Unchanged is known by the
/// hash kept in memory and in <see cref="BotDiscordOptions.CommandHashFile"/>; with no record (a first start, no
/// file), by comparing with the list Discord has now (which echoes defaults we omit and adds ids).
/// </summary>
public sealed partial class CommandSync(DiscordRestClient rest, IOptions<BotDiscordOptions> options, ILogger<CommandSync> log)
{
    private readonly CommandHashStore hashes = new(options.Value.CommandHashFile);

    /// <summary>True when the list was overwritten, false when skipped as unchanged. Discord's refusal
    /// (<see cref="DiscordApiException"/>) or a network failure reaches the caller.</summary>
    public async Task<bool> RegisterAsync(ulong applicationId, ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var scope = $"{applicationId}/{(guildId is { } g ? g.ToString(CultureInfo.InvariantCulture) : "global")}";
        var canonical = CommandHashStore.Canonical(commands);
        var hash = CommandHashStore.Hash(canonical);
        var known = hashes.Get(scope);
        if (known == hash)
        {
            LogUnchanged(scope);
            return false;
        }

        if (known is null)
        {
            try
            {
                if (CommandHashStore.Canonical(await rest.GetCommandsAsync(applicationId, guildId, ct)) == canonical)
                {
                    hashes.Set(scope, hash);
                    LogUnchanged(scope);
                    return false;
                }
            }
            catch (Exception e) when (e is DiscordApiException or HttpRequestException)
            {
                LogFetchFailed(scope, e.Message);
            }
        }

        await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, ct);
        hashes.Set(scope, hash);
        LogRegistered(commands.Count, scope);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Commands for {Scope} unchanged since the last registration; skipped")]
    private partial void LogUnchanged(string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} commands for {Scope}")]
    private partial void LogRegistered(int count, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the current commands for {Scope} ({Error}); overwriting")]
    private partial void LogFetchFailed(string scope, string error);
}
