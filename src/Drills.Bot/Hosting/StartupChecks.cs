using Drills.Bot.Drills;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Hosting;

/// <summary>
/// Runs before anything talks to Discord: loads the drill packs (a broken pack stops the bot with every
/// problem listed) and migrates the database.
/// </summary>
internal sealed partial class StartupChecks(
    DrillContent content, IDbContextFactory<DrillsDb> dbs, IOptions<StorageOptions> storage, ILogger<StartupChecks> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var drills = content.Catalog;
        LogDrills(drills.Count, drills.Packs.Count);
        await StorageSetup.MigrateAsync(dbs, storage.Value.ConnectionString, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Drills} drills in {Packs} packs")]
    private partial void LogDrills(int drills, int packs);
}
