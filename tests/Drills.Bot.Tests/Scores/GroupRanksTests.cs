using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Drills.Bot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.Tests.Scores;

/// <summary>
/// Rank and group size for <c>/score</c>: counted exactly for a study group, ties share a rank, and a group of
/// 5,000 or more members is answered from a histogram at most a minute old (others' new scores show after that).
/// </summary>
public sealed class GroupRanksTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("drills-ranks-").FullName;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 26, 10, 0, 0, TimeSpan.Zero));
    private DbContextOptions<SqliteDrillsDb> options = null!;

    public async Task InitializeAsync()
    {
        options = new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite($"Data Source={Path.Combine(folder, "drills.db")};Pooling=False").Options;
        await using var db = new SqliteDrillsDb(options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SmallGroup_IsCountedExactly_TiesShareARank()
    {
        await AddScoresAsync(1, [5, 3, 3, 1]);
        var ranks = new GroupRanks(time);

        Assert.Equal((1, 4), await RankAsync(ranks, 1, right: 3));
        await AddScoresAsync(1, [9]);
        Assert.Equal((2, 5), await RankAsync(ranks, 1, right: 3));
        Assert.Equal((0, 5), await RankAsync(ranks, 1, right: 9));
    }

    [Fact]
    public async Task LargeGroup_UsesAHistogramAtMostAMinuteOld()
    {
        await AddScoresAsync(2, Enumerable.Repeat(1, GroupRanks.LargeGroup).ToArray());
        var ranks = new GroupRanks(time);
        Assert.Equal((0, GroupRanks.LargeGroup), await RankAsync(ranks, 2, right: 1));

        await AddScoresAsync(2, [4, 4]);
        time.Advance(GroupRanks.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Equal((0, GroupRanks.LargeGroup), await RankAsync(ranks, 2, right: 1));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((2, GroupRanks.LargeGroup + 2), await RankAsync(ranks, 2, right: 1));
    }

    private async Task<(int Above, int Members)> RankAsync(GroupRanks ranks, int groupId, int right)
    {
        await using var db = new SqliteDrillsDb(options);
        return await ranks.GetAsync(db, groupId, right, CancellationToken.None);
    }

    private async Task AddScoresAsync(int groupId, int[] rights)
    {
        await using var db = new SqliteDrillsDb(options);
        var first = (ulong)await db.Scores.CountAsync() + 1;
        db.Scores.AddRange(rights.Select((r, i) => new MemberScore { GroupId = groupId, UserId = first + (ulong)i, Answered = 10, Right = r }));
        await db.SaveChangesAsync();
    }
}
