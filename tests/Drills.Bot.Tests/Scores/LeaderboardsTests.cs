using Drills.Bot.Scores;
using Drills.Bot.Tests.EndToEnd;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.Tests.Scores;

/// <summary>
/// The kept boards on a fake clock: a large group's board is served as kept for a minute, then served while a fresh
/// one is computed in the background, and computed afresh (waited for) on a new day or after the stale limit; a
/// small group's board is computed on every call.
/// </summary>
public sealed class LeaderboardsTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private TempDatabase database = null!;
    private int computed;

    public async Task InitializeAsync() => database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task LargeGroup_IsServedAsKept_ThenRefreshedInTheBackground_AndAfreshOnANewDay()
    {
        var boards = new Leaderboards(database.Factory, time, largeGroup: 100);

        Assert.Equal(1, await LeaderAsync(boards, Today, members: 100));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1, await LeaderAsync(boards, Today, members: 100)); // kept: not computed again
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await LeaderAsync(boards, Today, members: 100)); // stale: served, refreshed meanwhile
        await FakeDiscordServer.WaitUntilAsync(() => Volatile.Read(ref computed) == 2, GroupWorld.Wait, "the background refresh");
        Assert.Equal(2, await LeaderAsync(boards, Today, members: 100)); // the refreshed board
        Assert.Equal(3, await LeaderAsync(boards, Today.AddDays(1), members: 100)); // a new day: computed, waited for
        time.Advance(Leaderboards.StaleLimit);
        Assert.Equal(4, await LeaderAsync(boards, Today.AddDays(1), members: 100)); // past the stale limit: the same
        Assert.Equal(4, Volatile.Read(ref computed));
    }

    [Fact]
    public async Task SmallGroup_IsComputedOnEveryCall()
    {
        var boards = new Leaderboards(database.Factory, time, largeGroup: 100);

        Assert.Equal(1, await LeaderAsync(boards, Today, members: 99));
        Assert.Equal(2, await LeaderAsync(boards, Today, members: 99));
        Assert.Equal(2, computed);
    }

    /// <summary>The board's leader; each computation names a new one (its count), so the answer tells which board was served.</summary>
    private async Task<long> LeaderAsync(Leaderboards boards, DateOnly from, int members)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var rows = await boards.GetAsync(db, 1, LeaderboardPeriod.Week, from, (_, _) =>
        {
            var n = Interlocked.Increment(ref computed);
            return Task.FromResult(new Leaderboards.Computed([new LeaderboardRow(1, (ulong)n, 7, 7)], members));
        }, CancellationToken.None);
        return (long)rows[0].UserId;
    }
}
