using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage;

/// <summary>
/// The bot's one database, as every feature sees it. It names no feature: each entity's configuration lives beside it
/// and is found here by assembly scan, and each feature adds its tables as extension properties (<c>db.Posts</c> in
/// Posting). Each provider has a subclass (<see cref="Sqlite.SqliteDrillsDb"/>, <see cref="Postgres.PostgresDrillsDb"/>)
/// because EF Core ties migrations and a compiled model to one context type, and their SQL differs per provider.
/// </summary>
public abstract class DrillsDb(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DrillsDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Snowflakes fit in 63 bits: stored as a signed 64-bit integer (SQLite INTEGER, PostgreSQL bigint), so
        // both order and compare them as numbers.
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
        // Instants as Unix milliseconds (UTC): SQLite cannot compare DateTimeOffset text in queries, and one
        // format on both providers keeps their ordering and rounding the same.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisConverter>();
    }
}
