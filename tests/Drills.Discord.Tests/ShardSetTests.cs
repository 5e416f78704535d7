namespace Drills.Discord.Tests;

/// <summary><c>Discord:ShardIds</c> as an operator writes it, and which guilds a process's shards own.</summary>
public sealed class ShardSetTests
{
    [Theory]
    [InlineData("0-2", new[] { 0, 1, 2 })]
    [InlineData("0,2", new[] { 0, 2 })]
    [InlineData(" 4 - 5 , 1", new[] { 1, 4, 5 })]
    [InlineData("3", new[] { 3 })]
    public void ParseIds_ReadsRangesAndLists(string text, int[] expected) =>
        Assert.Equal(expected, ShardSet.ParseIds(text, out _));

    [Theory]
    [InlineData("2-0", "'2-0' is not a shard id or range (write e.g. 0-2 or 0,2)")]
    [InlineData("a", "'a' is not a shard id or range (write e.g. 0-2 or 0,2)")]
    [InlineData("-1", "'-1' is not a shard id or range (write e.g. 0-2 or 0,2)")]
    [InlineData("0-2,1", "shard 1 is listed twice")]
    public void ParseIds_SaysWhatIsWrong(string text, string error)
    {
        Assert.Null(ShardSet.ParseIds(text, out var problem));
        Assert.Equal(error, problem);
    }

    [Fact]
    public void Owns_TheGuildsOfItsShards_AndDmsOnlyWithShardZero()
    {
        // (guild_id >> 22) % 3: these ids sit on shards 0, 1 and 2.
        static ulong OnShard(int shard) => (3_000_000_000UL + (ulong)shard) << 22;
        var set = new ShardSet([1, 2], 3);

        Assert.Equal([0, 1, 2], new[] { 0, 1, 2 }.Select(s => ShardSet.ShardOf(OnShard(s), 3)));
        Assert.False(set.Owns(OnShard(0)));
        Assert.True(set.Owns(OnShard(1)));
        Assert.True(set.Owns(OnShard(2)));
        Assert.False(set.ReceivesDms);
        Assert.True(ShardSet.Unsharded.Owns(OnShard(2)));
        Assert.True(ShardSet.Unsharded.ReceivesDms);
    }

    [Fact]
    public void Options_ResolveShardIdsOrTheOlderShardId()
    {
        Assert.Equal(new ShardSet([0, 1, 2], 6).Ids, new DiscordOptions { ShardIds = "0-2", ShardCount = 6 }.Shards().Ids);
        Assert.Equal([4], new DiscordOptions { ShardId = 4, ShardCount = 6 }.Shards().Ids);
        Assert.Same(ShardSet.Unsharded, new DiscordOptions().Shards());
        Assert.False(new DiscordOptions().IsSharded);
    }
}
