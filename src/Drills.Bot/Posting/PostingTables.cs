using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Posting;

/// <summary>The daily posts and their predictions on the bot's one database, which itself names no feature.</summary>
public static class PostingTables
{
    extension(DrillsDb db)
    {
        public DbSet<DrillPost> Posts => db.Set<DrillPost>();

        public DbSet<Prediction> Predictions => db.Set<Prediction>();
    }
}
