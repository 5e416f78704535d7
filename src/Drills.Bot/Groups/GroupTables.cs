using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Groups;

/// <summary>The groups table on the bot's one database, which itself names no feature.</summary>
public static class GroupTables
{
    extension(DrillsDb db)
    {
        public DbSet<Group> Groups => db.Set<Group>();
    }
}
