using Drills.Bot.Groups;
using Drills.Bot.Members;
using Drills.Bot.Posting;
using Drills.Bot.Predictions;
using Drills.Bot.Redo;
using Drills.Bot.Scores;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage;

/// <summary>The bot's one database. Entity configurations live beside their entities.</summary>
public sealed class DrillsDb(DbContextOptions<DrillsDb> options) : DbContext(options)
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
        // Snowflakes fit in 63 bits: stored as INTEGER so SQLite orders and compares them.
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
        // Instants as Unix milliseconds (UTC): SQLite cannot compare DateTimeOffset text in queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisConverter>();
    }
}
