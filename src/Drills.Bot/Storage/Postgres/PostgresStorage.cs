using Drills.Bot.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Drills.Bot.Storage.Postgres;

/// <summary>EF Core on PostgreSQL: the same short command timeout as SQLite, migrations at start.</summary>
internal static class PostgresStorage
{
    /// <summary>Migrations may wait for another process migrating the same database (EF Core locks the history table).</summary>
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromSeconds(60);

    public static void Configure(DbContextOptionsBuilder options, string connectionString) => options
        // An interaction must be answered in 3 s: a query stuck behind a lock fails fast rather than late.
        .UseNpgsql(connectionString, pg => pg.CommandTimeout(2))
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>Why <paramref name="connectionString"/> is not a usable PostgreSQL connection string, or null.</summary>
    public static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(parsed.Host) ? "no Host" : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <summary>Applies migrations (creating the database if the user may); a clear one-line error when it cannot.</summary>
    public static async Task MigrateAsync(DrillsDb db, string connectionString, CancellationToken ct)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        var target = $"{parsed.Host}:{parsed.Port}/{parsed.Database}";
        var timeout = db.Database.GetCommandTimeout();
        try
        {
            db.Database.SetCommandTimeout(MigrationTimeout);
            await db.Database.MigrateAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new StartupException($"cannot open the database '{target}': {e.Message.Split('\n')[0]} (check Storage:ConnectionString and that the server is up)", e);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
