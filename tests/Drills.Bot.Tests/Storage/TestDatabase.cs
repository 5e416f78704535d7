using Drills.Bot.Storage;
using Drills.Bot.Storage.Postgres;
using Drills.Bot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// An empty database for one test, so tests stay independent: a SQLite file in a temp folder, or a PostgreSQL
/// database with a unique name, created on the test server and dropped (with its connections) at the end.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? folder;

    private TestDatabase(StorageProvider provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The value of <c>Storage:Provider</c> for this database.</summary>
    public string ProviderSetting => Provider.ToString().ToLowerInvariant();

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("drills-db-").FullName;
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "drills.db")}", folder);
        }

        var server = TestPostgres.ConnectionString ?? throw new InvalidOperationException(TestPostgres.SkipReason);
        var name = $"drills_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, null);
    }

    /// <summary>A context on this database, configured as the bot configures it (plus any <paramref name="interceptors"/>).</summary>
    public DrillsDb NewDb(params IInterceptor[] interceptors) => Provider == StorageProvider.Sqlite
        ? new SqliteDrillsDb(Configure<SqliteDrillsDb>(o => SqliteStorage.Configure(o.AddInterceptors(interceptors), ConnectionString)))
        : new PostgresDrillsDb(Configure<PostgresDrillsDb>(o => PostgresStorage.Configure(o.AddInterceptors(interceptors), ConnectionString)));

    /// <summary>Applies the migrations the way the bot does at start.</summary>
    public async Task MigrateAsync()
    {
        await using var db = NewDb();
        await (Provider == StorageProvider.Sqlite
            ? SqliteStorage.MigrateAsync(db, ConnectionString, CancellationToken.None)
            : PostgresStorage.MigrateAsync(db, ConnectionString, CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return;
        }

        // FORCE ends the bot's pooled connections, which would otherwise keep the database in use.
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await ExecuteAsync(TestPostgres.ConnectionString!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static DbContextOptions<T> Configure<T>(Action<DbContextOptionsBuilder> configure)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        configure(options);
        return options.Options;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
