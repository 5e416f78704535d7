using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Redo;

/// <summary>The redo lists and the review log on the bot's one database, which itself names no feature.</summary>
public static class RedoTables
{
    extension(DrillsDb db)
    {
        public DbSet<RedoItem> RedoItems => db.Set<RedoItem>();

        public DbSet<Review> Reviews => db.Set<Review>();
    }
}
