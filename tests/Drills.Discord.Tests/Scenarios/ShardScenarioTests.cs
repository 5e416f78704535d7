using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// One process running several shards (<c>Discord:ShardIds</c> "0-2" of 3): one gateway connection each, every
/// Identify carrying its <c>[id, count]</c>, spaced by Discord's rule (docs/discord.md "Identify": one per 5 s per
/// <c>shard_id % max_concurrency</c> bucket): with max_concurrency 2, shards 0 and 1 identify together and
/// shard 2 (bucket 0) 5 s after shard 0. On a fake clock, so the 5 s is exact; the fake refuses nothing.
/// </summary>
public sealed class ShardScenarioTests : ScenarioBase
{
    protected override bool OnFakeClock => true;

    protected override FakeDiscordOptions FakeOptions => new() { TimeProvider = Clock!, MaxConcurrency = 2 };

    protected override bool StartBotAtOnce => false;

    protected override IDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["Discord:ShardIds"] = "0-2", ["Discord:ShardCount"] = "3",
    };

    [Fact]
    public async Task ThreeShards_IdentifyByBucket_AndEachGuildArrivesOnItsShard()
    {
        var guilds = new List<FakeGuild>();
        while (guilds.Select(g => ShardSet.ShardOf(g.Id, 3)).Distinct().Count() < 3)
        {
            guilds.Add(Discord.CreateGuild("g" + guilds.Count));
            Clock!.Advance(TimeSpan.FromMilliseconds(1)); // the next snowflake's timestamp, so its shard, moves on
        }

        var start = Clock!.Now;
        await StartBotAsync();
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ReadyShards.Count == 2, Wait, "shards 0 and 1 ready");
        var wait = await Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5), "shard 2 waiting for bucket 0");
        Assert.Equal([0, 1], Discord.ReadyShards);
        Clock.AdvanceTo(wait.DueAt);
        await FakeDiscordServer.WaitUntilAsync(() => Discord.ReadyShards.Count == 3, Wait, "all three shards ready");

        var identifies = Frames(2).Select(f => (Shard: f.D.GetProperty("shard")[0].GetInt32(), Count: f.D.GetProperty("shard")[1].GetInt32(), At: f.Timestamp - start)).OrderBy(i => i.Shard).ToList();
        Assert.Equal([0, 1, 2], identifies.Select(i => i.Shard));
        Assert.All(identifies, i => Assert.Equal(3, i.Count));
        Assert.Equal(identifies[0].At + TimeSpan.FromSeconds(5), identifies[2].At);
        Assert.Equal(0, Discord.IdentifiesRefused);
        Assert.Equal(3, Discord.Connections.Count);

        // The one client hears every guild, each from the connection of its shard.
        await Bot.Dispatches.WaitForAsync(
            seen => guilds.All(g => seen.Any(d => d.Type == "GUILD_CREATE" && d.Data.GetProperty("id").GetString() == g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            "GUILD_CREATE of every guild");
        Assert.Equal(guilds.Count, Bot.Dispatches.Types.Count(t => t == "GUILD_CREATE"));
    }
}
