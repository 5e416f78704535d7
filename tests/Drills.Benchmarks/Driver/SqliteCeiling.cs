using System.Diagnostics;
using Drills.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drills.Benchmarks.Driver;

/// <summary>
/// The ceiling for stored predictions: single-row INSERTs into the bot's Predictions table (its indexes, WAL,
/// synchronous=NORMAL as the bot sets them), one transaction each, on the same disk as the bot's database.
/// </summary>
internal static class SqliteCeiling
{
    public static async Task<IReadOnlyList<double>> MeasureAsync(string folder, int runs, TimeSpan each)
    {
        var path = Path.Combine(folder, "ceiling.db");
        var cs = $"Data Source={path};Pooling=False";
        await using (var db = new SqliteDrillsDb(new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite(cs).Options))
        {
            await db.Database.MigrateAsync();
        }

        using var connection = new SqliteConnection(cs);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        Execute(connection, "INSERT INTO Groups (GuildId, ChannelId, PostTime, TimeZone, Packs, Paused, RotationPosition, CreatedAt) VALUES (1, 1, '09:00:00', 'UTC', '', 0, 0, 0);");
        Execute(connection, "INSERT INTO Posts (GroupId, LocalDate, DrillId, ChannelId, PostedAt, ClosesAt) VALUES (1, '2026-03-26', 'd', 1, 0, 0);");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Predictions (PostId, GroupId, LocalDate, DrillId, UserId, Text, IsRight, CreatedAt) VALUES (1, 1, '2026-03-26', 'd', $u, 'B', 1, 0)";
        var user = insert.Parameters.Add(new SqliteParameter("$u", 0L));
        insert.Prepare();
        var rates = new List<double>();
        var next = 1L;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var rows = 0;
            while (watch.Elapsed < each && rows < 10_000_000)
            {
                user.Value = next++;
                insert.ExecuteNonQuery();
                rows++;
            }

            rates.Add(rows / watch.Elapsed.TotalSeconds);
        }

        return rates;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
