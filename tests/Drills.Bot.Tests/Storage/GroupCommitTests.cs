using Drills.Bot.Groups;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// Group commit on both providers: writes queued while one commits are saved together in one batch, each caller
/// completes only once its rows are committed, and a write that breaks a constraint fails alone while the rest
/// of its batch is stored. The writer is held inside its first save by an interceptor, so the batch is exact.
/// </summary>
public sealed class GroupCommitTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task WritesQueuedMeanwhile_AreCommittedTogether_AndABadOneFailsAlone(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using (var seed = database.NewDb())
        {
            seed.Groups.Add(new Group { GuildId = 100, ChannelId = 1 });
            await seed.SaveChangesAsync();
        }

        var commit = new GroupCommit(new Factory(database), maxBatch: 64);
        var hold = new HoldSave();
        await using var first = Staged(database.NewDb(hold), 1);
        var firstDone = commit.CommitAsync(first, CancellationToken.None);
        await hold.Entered.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var contexts = new ulong[] { 2, 3, 100, 4 }.Select(guild => Staged(database.NewDb(), guild)).ToList();
        var done = contexts.Select(db => commit.CommitAsync(db, CancellationToken.None)).ToList();
        await Task.Delay(50);
        var visibleWhileQueued = await GuildsAsync(database);
        Assert.All(done, d => Assert.False(d.IsCompleted));
        hold.Release.SetResult();
        await firstDone;
        var failure = await Assert.ThrowsAnyAsync<DbUpdateException>(() => done[2]);
        await Task.WhenAll(done[0], done[1], done[3]);

        Assert.True(failure.IsUniqueViolation(), failure.InnerException?.Message);
        Assert.Equal([100UL], visibleWhileQueued);
        Assert.Equal([1UL, 2, 3, 4, 100], await GuildsAsync(database));
        Assert.Equal(5, commit.Writes);
        Assert.Equal(2, commit.Batches); // the held one alone, then the four queued meanwhile together
        foreach (var db in contexts)
        {
            await db.DisposeAsync();
        }
    }

    private static DrillsDb Staged(DrillsDb db, ulong guild)
    {
        db.Groups.Add(new Group { GuildId = guild, ChannelId = guild });
        return db;
    }

    private static async Task<List<ulong>> GuildsAsync(TestDatabase database)
    {
        await using var db = database.NewDb();
        return await db.Groups.Select(g => g.GuildId).OrderBy(g => g).ToListAsync();
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<DrillsDb>
    {
        public DrillsDb CreateDbContext() => database.NewDb();
    }

    /// <summary>Holds a save until the test lets go (the writer is then busy, and writes queue).</summary>
    private sealed class HoldSave : SaveChangesInterceptor
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            await Release.Task;
            return result;
        }
    }
}
