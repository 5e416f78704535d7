using Drills.Bot.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Drills.Bot.Storage.Sqlite;

/// <summary>EF Core on SQLite: WAL, a short busy timeout (an interaction must be answered in 3 s), migrations at start.</summary>
internal static class SqliteStorage
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(2))
        .AddInterceptors(new SqlitePragmas())
        // The check diffs the whole model on every start; StorageModelTests makes it once, in CI.
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>Creates the database folder and applies migrations; a clear one-line error when it cannot.</summary>
    public static async Task MigrateAsync(DrillsDb db, string connectionString, CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(source)) is { Length: > 0 } folder && source != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }

            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"cannot open the database '{source}': {e.Message.Split('\n')[0]} (set Storage:ConnectionString to a writable path)", e);
        }
    }
}
