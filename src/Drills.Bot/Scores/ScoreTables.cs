using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Scores;

/// <summary>The running scores on the bot's one database, which itself names no feature.</summary>
public static class ScoreTables
{
    extension(DrillsDb db)
    {
        public DbSet<MemberScore> Scores => db.Set<MemberScore>();
    }
}
