using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drills.Bot.Storage.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresDrillsDb</c> build the model without starting the bot; adding
/// a migration or optimizing the model never connects, so the server named here need not exist.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDrillsDb>
{
    public PostgresDrillsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDrillsDb>().UseNpgsql("Host=localhost;Database=drills").Options);
}
