using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drills.Bot.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteDrillsDb</c> build the model without starting the bot.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDrillsDb>
{
    public SqliteDrillsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite("Data Source=design.db").Options);
}
