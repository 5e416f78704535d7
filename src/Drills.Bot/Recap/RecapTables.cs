using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Recap;

/// <summary>The recap settings and the recaps posted, on the bot's one database, which itself names no feature.</summary>
public static class RecapTables
{
    extension(DrillsDb db)
    {
        public DbSet<RecapSettings> RecapSettings => db.Set<RecapSettings>();

        public DbSet<WeeklyRecap> Recaps => db.Set<WeeklyRecap>();
    }
}
