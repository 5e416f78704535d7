using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage;

/// <summary>
/// The bot's one database. It names no feature: each entity's configuration lives beside it and is found here by
/// assembly scan, and each feature adds its tables as extension properties (<c>db.Posts</c> in Posting).
/// </summary>
public sealed class DrillsDb(DbContextOptions<DrillsDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DrillsDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Snowflakes fit in 63 bits: stored as INTEGER so SQLite orders and compares them.
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
        // Instants as Unix milliseconds (UTC): SQLite cannot compare DateTimeOffset text in queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisConverter>();
    }
}
