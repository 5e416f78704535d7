using Drills.Bot.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Storage;

/// <summary>EF Core on SQLite: WAL, a short busy timeout (an interaction must be answered in 3 s), migrations at start.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StorageOptions>(configuration, StorageOptions.Section,
            o => string.IsNullOrWhiteSpace(o.ConnectionString) ? "Storage:ConnectionString is empty" : null);
        services.AddPooledDbContextFactory<DrillsDb>((sp, o) => o
            .UseSqlite(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, sqlite => sqlite.CommandTimeout(2))
            .AddInterceptors(new SqlitePragmas())
            // The check diffs the whole model on every start; StorageModelTests makes it once, in CI.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddSingleton<SqliteWriteGate>();
        return services;
    }

    /// <summary>Creates the database folder and applies migrations; a clear one-line error when it cannot.</summary>
    public static async Task MigrateAsync(IDbContextFactory<DrillsDb> dbs, string connectionString, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(source)) is { Length: > 0 } folder && source != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }

            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"cannot open the database '{source}': {e.Message.Split('\n')[0]} (set Storage:ConnectionString to a writable path)", e);
        }
    }
}
