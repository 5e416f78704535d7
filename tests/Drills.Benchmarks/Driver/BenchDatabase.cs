using Drills.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drills.Benchmarks.Driver;

/// <summary>
/// The bot's SQLite file, seen from the driver: created with the bot's own migrations, seeded with bulk inserts
/// in one transaction (prepared statements), and queried to check what the bot stored.
/// </summary>
internal sealed class BenchDatabase(string path)
{
    public string Path { get; } = path;

    public string ConnectionString => $"Data Source={Path};Pooling=False";

    public async Task MigrateAsync()
    {
        await using var db = new SqliteDrillsDb(new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite(ConnectionString).Options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
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

    /// <summary>Storage formats of the bot's model (EF Core on SQLite, see DrillsDb's conventions).</summary>
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Time(TimeOnly t) => t.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static long Instant(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static long Id(ulong snowflake) => (long)snowflake;
}
