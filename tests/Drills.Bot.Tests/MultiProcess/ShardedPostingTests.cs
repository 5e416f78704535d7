using Drills.Discord;
using Drills.FakeDiscord;
using Xunit.Abstractions;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// Three real bot processes over one PostgreSQL database, each running one of three shards: a group's daily post
/// and reveal are done by the process owning its guild's shard, and claimed in the database, so every group gets
/// exactly one of each per day, also when all processes restart across the post time (one test: starting three
/// processes is the slow part on a loaded machine).
/// </summary>
[Collection(MultiProcessTests.Name)]
public sealed class ShardedPostingTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    [MultiProcessFact]
    public async Task ThreeShards_ThirtyGroups_OnePostAndOneRevealPerGroupPerDay_AlsoAfterAllRestartAcrossThePostTime()
    {
        await using var world = await ProcessWorld.CreateAsync(output);
        var groups = await world.SeedGroupsAsync(perShard: 10);
        var bots = await world.StartAllAsync(ProcessWorld.Start);
        Assert.Equal([0, 1, 2], world.Discord.ReadyShards);
        Assert.Equal(0, world.Discord.IdentifiesRefused);

        for (var day = 1; day <= 3; day++)
        {
            // Every process's clock reaches 09:00:30 of the day at once: all 30 groups are due in the same minute.
            await ProcessWorld.AdvanceAllAsync(bots, new DateTimeOffset(ProcessWorld.Start.Date.AddDays(day - 1).AddHours(9).AddSeconds(30), TimeSpan.Zero));
            var expectedPosts = day;
            var expectedReveals = day - 1;
            await ProcessWorld.UntilAsync(() => Done(world, groups, expectedPosts, expectedReveals), $"day {day}'s posts and reveals");
            await Task.Delay(Settle); // a double would arrive here

            var (posts, reveals) = world.PostsAndReveals();
            output.WriteLine($"after day {day}: posts per group {Spread(groups, posts)}, reveals per group {Spread(groups, reveals)}");
            Assert.All(groups, g => Assert.Equal(expectedPosts, posts.GetValueOrDefault(g.Channel.Id)));
            Assert.All(groups, g => Assert.Equal(expectedReveals, reveals.GetValueOrDefault(g.Channel.Id)));
        }

        // Each process posted only for the guilds of its own shard: the database claim was never what kept a double out.
        for (var shard = 0; shard < ProcessWorld.Processes; shard++)
        {
            var own = groups.Where(g => ShardSet.ShardOf(g.Guild.Id, ProcessWorld.Processes) == shard).Select(g => g.GroupId).Order().ToList();
            var posted = bots[shard].PostedGroups;
            output.WriteLine($"process {shard}: {posted.Count} posts, to {posted.Distinct().Count()} groups, all on shard {shard}: {posted.All(own.Contains)}");
            Assert.Equal(own, posted.Distinct().Order());
            Assert.Equal(3 * own.Count, posted.Count);
        }

        // All processes stop after day 3 and are down over day 4's 09:00; back at 09:40, each group's missed post is
        // due at once: posted once, late (and day 3's drill revealed before it).
        await Task.WhenAll(bots.Select(b => b.StopAsync()));
        await world.StartAllAsync(new DateTimeOffset(ProcessWorld.Start.Date.AddDays(3).AddHours(9).AddMinutes(40), TimeSpan.Zero));
        await ProcessWorld.UntilAsync(() => Done(world, groups, 4, 3), "day 4's late posts");
        await Task.Delay(Settle);
        var (late, lateReveals) = world.PostsAndReveals();
        output.WriteLine($"after the restart on day 4: posts per group {Spread(groups, late)}, reveals per group {Spread(groups, lateReveals)}");
        Assert.All(groups, g => Assert.Equal(4, late.GetValueOrDefault(g.Channel.Id)));
        Assert.All(groups, g => Assert.Equal(3, lateReveals.GetValueOrDefault(g.Channel.Id)));

        output.WriteLine($"global 429s: {world.Discord.GlobalRateLimitedCount} (judged by the redo fan-out test, where the rate is measured)");
        Assert.Empty(world.Discord.Violations);
    }

    private static bool Done(ProcessWorld world, IReadOnlyList<(FakeGuild Guild, FakeChannel Channel, int GroupId)> groups, int posts, int reveals)
    {
        var (p, r) = world.PostsAndReveals();
        return groups.All(g => p.GetValueOrDefault(g.Channel.Id) >= posts && r.GetValueOrDefault(g.Channel.Id) >= reveals);
    }

    private static string Spread(IReadOnlyList<(FakeGuild Guild, FakeChannel Channel, int GroupId)> groups, Dictionary<ulong, int> counts) =>
        string.Join(", ", groups.GroupBy(g => counts.GetValueOrDefault(g.Channel.Id)).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()} groups"));
}
