using Drills.Bot.Groups;
using Drills.Bot.Members;
using Drills.Bot.Posting;
using Drills.Bot.Predictions;
using Drills.Bot.Redo;
using Drills.Bot.Scores;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage;

/// <summary>
/// The bot's one database, as every feature sees it. Entity configurations live beside their entities. Each
/// provider has a subclass (<see cref="Sqlite.SqliteDrillsDb"/>, <see cref="Postgres.PostgresDrillsDb"/>) because
/// EF Core ties migrations and a compiled model to one context type, and their SQL differs per provider.
/// </summary>
public abstract class DrillsDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<DrillPost> Posts => Set<DrillPost>();
    public DbSet<Prediction> Predictions => Set<Prediction>();
    public DbSet<MemberScore> Scores => Set<MemberScore>();
    public DbSet<RedoItem> RedoItems => Set<RedoItem>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Member> Members => Set<Member>();

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
