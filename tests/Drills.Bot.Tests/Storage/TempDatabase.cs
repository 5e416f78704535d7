using Drills.Bot.Storage;
using Drills.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Drills.Bot.Tests.Storage;

/// <summary>A migrated SQLite file in a temp folder, with a context factory over it like the bot's; deleted on dispose.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("drills-db-").FullName;

    private TempDatabase()
    {
        var options = new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite($"Data Source={Path.Combine(folder, "drills.db")};Pooling=False").Options;
        Factory = new DrillsDbFactory<SqliteDrillsDb>(new PooledDbContextFactory<SqliteDrillsDb>(options));
    }

    public IDbContextFactory<DrillsDb> Factory { get; }

    public static async Task<TempDatabase> CreateAsync()
    {
        var database = new TempDatabase();
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return database;
    }

    public async Task<T> QueryAsync<T>(Func<DrillsDb, Task<T>> query)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await query(db);
    }

    public async Task AddAsync(params object[] rows)
    {
        await using var db = await Factory.CreateDbContextAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
