using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Drills.Bot.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the bot.</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<DrillsDb>
{
    public DrillsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DrillsDb>().UseSqlite("Data Source=design.db").Options);
}
