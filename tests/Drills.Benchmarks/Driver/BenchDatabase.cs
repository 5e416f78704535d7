using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Drills.Bot.Storage.Postgres;
using Drills.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Drills.Benchmarks.Driver;

/// <summary>
/// The bot's database, seen from the driver: a SQLite file, or (<c>--provider postgres</c>) a database of its own on a
/// PostgreSQL server. Created with the bot's own migrations, seeded with bulk inserts in one transaction (prepared
/// statements), and queried to check what the bot stored. SQL here quotes its identifiers and names parameters
/// <c>$p0</c>, <c>$p1</c>, ...: valid on both.
/// </summary>
internal sealed partial class BenchDatabase(string path, string? postgresServer = null)
{
    private readonly string? postgres = postgresServer is null
        ? null
        : new NpgsqlConnectionStringBuilder(postgresServer) { Database = $"drills_bench_{Guid.NewGuid():N}" }.ConnectionString;

    public string Path { get; } = path;

    public bool IsPostgres => postgres is not null;

    public string ConnectionString => postgres ?? $"Data Source={Path};Pooling=False";

    /// <summary>The bot's storage settings for this database.</summary>
    public (string Key, string Value)[] BotSettings => postgres is null
        ? []
        : [("Storage__Provider", "postgres"), ("Storage__ConnectionString", postgres)];

    public async Task MigrateAsync()
    {
        if (postgres is not null)
        {
            await using var pg = new PostgresDrillsDb(new DbContextOptionsBuilder<PostgresDrillsDb>().UseNpgsql(postgres).Options);
            await pg.Database.MigrateAsync(); // creates the database
            return;
        }

        await using var db = new SqliteDrillsDb(new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite(ConnectionString).Options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>Drops a PostgreSQL database (with the bot's connections); a SQLite file goes with its folder.</summary>
    public async Task DropAsync()
    {
        if (postgres is null)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(postgres).Database;
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout=5000;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    public long Scalar(string sql, params object[] args)
    {
        if (postgres is not null)
        {
            using var pg = new NpgsqlConnection(postgres);
            pg.Open();
            using var query = new NpgsqlCommand(Parameter().Replace(sql, "@p$1"), pg);
            for (var i = 0; i < args.Length; i++)
            {
                query.Parameters.AddWithValue($"p{i}", args[i]);
            }

            return Convert.ToInt64(query.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters.AddWithValue($"$p{i}", args[i]);
        }

        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/> (<paramref name="columns"/> in order) in one
    /// transaction with one prepared statement; returns the last row id.
    /// </summary>
    public long Insert(string table, string[] columns, IEnumerable<object?[]> rows)
    {
        if (postgres is not null)
        {
            return InsertPostgres(table, columns, rows);
        }

        using var connection = Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA cache_size=-262144; PRAGMA synchronous=OFF;";
        pragmas.ExecuteNonQuery();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
        using var last = connection.CreateCommand();
        last.CommandText = $"SELECT COALESCE(MAX(rowid), 0) FROM \"{table}\"";
        return (long)last.ExecuteScalar()!;
    }

    /// <summary>
    /// The same rows on PostgreSQL: each value is sent as text in the SQLite storage format the seeders use
    /// (dates as yyyy-MM-dd, flags as 0/1) and cast to its column's type there.
    /// </summary>
    private long InsertPostgres(string table, string[] columns, IEnumerable<object?[]> rows)
    {
        using var connection = new NpgsqlConnection(postgres);
        connection.Open();
        var types = new Dictionary<string, string>();
        using (var schema = new NpgsqlCommand("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = @t", connection))
        {
            schema.Parameters.AddWithValue("t", table);
            using var reader = schema.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((c, i) => $"CAST(@p{i} AS {types[c]})"))})",
            connection, transaction);
        var parameters = columns.Select((_, i) => command.Parameters.Add(new NpgsqlParameter($"p{i}", NpgsqlDbType.Text))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture)! : DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
        if (!types.ContainsKey("Id"))
        {
            return 0;
        }

        using var last = new NpgsqlCommand($"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"", connection);
        return Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\$p(\d+)")]
    private static partial Regex Parameter();

    /// <summary>Storage formats of the bot's model (EF Core on SQLite, see DrillsDb's conventions).</summary>
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Time(TimeOnly t) => t.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static long Instant(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static long Id(ulong snowflake) => (long)snowflake;
}
