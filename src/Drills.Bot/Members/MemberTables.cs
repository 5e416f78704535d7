using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Members;

/// <summary>The members table on the bot's one database, which itself names no feature.</summary>
public static class MemberTables
{
    extension(DrillsDb db)
    {
        public DbSet<Member> Members => db.Set<Member>();
    }
}
