using Drills.Bot.Groups;
using Drills.Bot.Members;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// What the features rely on, the same on both providers: Discord ids order and compare as numbers up to 2^63-1;
/// instants come back in UTC and order by instant, not by local clock; text orders byte by byte; a duplicate
/// key is told apart from other failed saves.
/// </summary>
public sealed class StorageConventionTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task DiscordIds_OrderAndCompareAsNumbers(StorageProvider provider)
    {
        ulong[] ids = [1_000_000_000_000_000_000, 1, long.MaxValue, 175_928_847_299_117_063, 1UL << 32, 9_007_199_254_740_993];
        await using var database = await MigratedAsync(provider);
        await using (var db = database.NewDb())
        {
            db.Members.AddRange(ids.Select(id => new Member { UserId = id, DmChannelId = id }));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewDb();
        var ordered = await read.Members.OrderBy(m => m.UserId).Select(m => m.UserId).ToListAsync();
        var above = await read.Members.Where(m => m.DmChannelId > 175_928_847_299_117_063UL).OrderByDescending(m => m.DmChannelId).Select(m => m.UserId).ToListAsync();

        Assert.Equal(ids.Order(), ordered);
        Assert.Equal([(ulong)long.MaxValue, 1_000_000_000_000_000_000], above);
        Assert.Equal((ulong)long.MaxValue, (await read.Members.SingleAsync(m => m.UserId == (ulong)long.MaxValue)).DmChannelId);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Instants_ComeBackInUtc_AndOrderByInstant(StorageProvider provider)
    {
        // 10:00 in Berlin summer time is 08:00 UTC; 05:00 in New York is 10:00 UTC: later, though its clock reads earlier.
        var berlin = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(2));
        var newYork = new DateTimeOffset(2026, 6, 1, 5, 0, 0, TimeSpan.FromHours(-5));
        await using var database = await MigratedAsync(provider);
        await using (var db = database.NewDb())
        {
            db.RedoItems.AddRange(
                new RedoItem { UserId = 1, DrillId = "new-york", DueAt = newYork },
                new RedoItem { UserId = 1, DrillId = "berlin", DueAt = berlin });
            await db.SaveChangesAsync();
        }

        await using var read = database.NewDb();
        var items = await read.RedoItems.OrderBy(r => r.DueAt).ToListAsync();
        var dueBy9Utc = await read.RedoItems.Where(r => r.DueAt <= new DateTimeOffset(2026, 6, 1, 11, 0, 0, TimeSpan.FromHours(2))).Select(r => r.DrillId).ToListAsync();

        Assert.Equal(["berlin", "new-york"], items.Select(r => r.DrillId));
        Assert.Equal([berlin.ToUniversalTime(), newYork.ToUniversalTime()], items.Select(r => r.DueAt));
        Assert.All(items, r => Assert.Equal(TimeSpan.Zero, r.DueAt.Offset));
        Assert.Equal(["berlin"], dueBy9Utc);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Text_OrdersByteByByte_AndLowersAsciiOnly(StorageProvider provider)
    {
        string[] texts = ["b", "B", "a", "_", "Z", "é", "Ä"];
        await using var database = await MigratedAsync(provider);
        await using (var db = database.NewDb())
        {
            db.Reviews.AddRange(texts.Select(t => new Review { UserId = 1, DrillId = "d", Prediction = t }));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewDb();
        var ordered = await read.Reviews.OrderBy(r => r.Prediction).Select(r => r.Prediction).ToListAsync();
        var lowered = await read.Reviews.OrderBy(r => r.Id).Select(r => r.Prediction.ToLower()).ToListAsync();

        Assert.Equal(texts.Order(StringComparer.Ordinal), ordered);
        Assert.Equal(["b", "b", "a", "_", "z", "é", "Ä"], lowered);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DuplicateKey_IsAUniqueViolation_AMissingParentIsNot(StorageProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        await using (var db = database.NewDb())
        {
            db.Groups.Add(new Group { GuildId = 7, ChannelId = 8 });
            await db.SaveChangesAsync();
        }

        await using var duplicate = database.NewDb();
        duplicate.Groups.Add(new Group { GuildId = 7, ChannelId = 9 });
        var unique = await Assert.ThrowsAnyAsync<DbUpdateException>(() => duplicate.SaveChangesAsync());
        await using var orphan = database.NewDb();
        orphan.Predictions.Add(new Prediction { PostId = 12345, GroupId = 1, UserId = 1, DrillId = "d", Text = "a" });
        var foreignKey = await Assert.ThrowsAnyAsync<DbUpdateException>(() => orphan.SaveChangesAsync());

        Assert.True(unique.IsUniqueViolation(), unique.InnerException?.Message);
        Assert.False(foreignKey.IsUniqueViolation(), foreignKey.InnerException?.Message);
    }

    private static async Task<TestDatabase> MigratedAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        return database;
    }
}
