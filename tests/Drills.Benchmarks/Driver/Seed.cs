namespace Drills.Benchmarks.Driver;

/// <summary>Rows in the bot's tables, in its storage formats (see the migrations in src/Drills.Bot/Storage/Sqlite/Migrations).</summary>
internal static class Seed
{
    public static readonly TimeOnly NineOClock = new(9, 0);

    /// <summary>One group per (guild, channel), posting at 09:00 UTC; returns the first group's id.</summary>
    public static long Groups(BenchDatabase db, IReadOnlyList<(ulong Guild, ulong Channel)> groups, string packs, Func<int, int> rotation, DateTimeOffset created)
    {
        var last = db.Insert("Groups", ["GuildId", "ChannelId", "PostTime", "TimeZone", "Packs", "Paused", "RotationPosition", "LastError", "CreatedAt"],
            groups.Select((g, i) => new object?[]
            {
                BenchDatabase.Id(g.Guild), BenchDatabase.Id(g.Channel), BenchDatabase.Time(NineOClock), "UTC", packs, 0, rotation(i), null,
                BenchDatabase.Instant(created),
            }));
        return last - groups.Count + 1;
    }

    /// <summary>Members with reminders on and a known DM channel (opened by an earlier reminder).</summary>
    public static void Members(BenchDatabase db, IEnumerable<(ulong User, ulong? DmChannel)> members) =>
        db.Insert("Members", ["UserId", "RemindersOn", "DmsClosed", "DmsClosedNoticeShown", "DmChannelId"],
            members.Select(m => new object?[] { BenchDatabase.Id(m.User), 1, 0, 0, m.DmChannel is { } c ? BenchDatabase.Id(c) : null }));

    public static void RedoItems(BenchDatabase db, IEnumerable<(ulong User, string Drill, long? Group, int Stage, DateTimeOffset Due)> items) =>
        db.Insert("RedoItems", ["UserId", "DrillId", "GroupId", "Stage", "DueAt", "Mastered", "RemindedForDueAt"],
            items.Select(r => new object?[] { BenchDatabase.Id(r.User), r.Drill, r.Group, r.Stage, BenchDatabase.Instant(r.Due), 0, null }));

    /// <summary>Closed daily posts of one group; returns the first post's id.</summary>
    public static long Posts(BenchDatabase db, long group, ulong channel, IReadOnlyList<(DateOnly Date, string Drill)> posts)
    {
        var last = db.Insert("Posts", ["GroupId", "LocalDate", "DrillId", "ChannelId", "MessageId", "PostedAt", "ClosesAt", "ClosedAt", "Error"],
            posts.Select((p, i) =>
            {
                var at = new DateTimeOffset(p.Date.ToDateTime(NineOClock), TimeSpan.Zero);
                return new object?[]
                {
                    group, BenchDatabase.Date(p.Date), p.Drill, BenchDatabase.Id(channel), 1_000_000_000_000L + i,
                    BenchDatabase.Instant(at), BenchDatabase.Instant(at.AddDays(1)), BenchDatabase.Instant(at.AddDays(1)), null,
                };
            }));
        return last - posts.Count + 1;
    }
}
