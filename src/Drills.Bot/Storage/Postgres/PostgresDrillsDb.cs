using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage.Postgres;

/// <summary>The database on PostgreSQL, with its migrations (Postgres/Migrations) and compiled model (Postgres/CompiledModel).</summary>
public sealed class PostgresDrillsDb(DbContextOptions<PostgresDrillsDb> options) : DrillsDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Text compares byte by byte, as in SQLite: the same order for ties (the reveal's most common wrong
        // answer), and lower() folds ASCII only, whatever locale the server was created with.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
