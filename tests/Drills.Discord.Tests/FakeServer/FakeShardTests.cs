using System.Text.Json;
using Drills.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The fake as a sharded bot sees Discord (docs/discord.md "Gateway limits", "Identify", "Rate limits"): each
/// guild's dispatches go only to the session of its shard, <c>(guild_id &gt;&gt; 22) % shard_count</c>, DMs to
/// shard 0; <c>GET /gateway/bot</c> recommends a shard count and says <c>max_concurrency</c>; Identifies of one
/// bucket closer than 5 s are refused (op 9); and the token's one global budget is shared by every client using it.
/// </summary>
public sealed class FakeShardTests
{
    private static int ShardOf(ulong guildId, int count) => (int)((guildId >> 22) % (ulong)count);

    [Fact]
    public async Task EachGuild_IsDispatchedOnlyOnItsShard_AndDmsOnShardZero()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { TimeProvider = time, MaxConcurrency = 2 });
        var guilds = new List<FakeGuild>();
        while (guilds.Select(g => ShardOf(g.Id, 2)).Distinct().Count() < 2)
        {
            guilds.Add(server.CreateGuild("g" + guilds.Count));
            time.Advance(TimeSpan.FromMilliseconds(1)); // the next snowflake's timestamp, so its shard, moves on
        }

        var (shard0, ready0) = await RawGateway.IdentifyAsync(server, shard: [0, 2]);
        await using var _0 = shard0;
        var (shard1, ready1) = await RawGateway.IdentifyAsync(server, shard: [1, 2]);
        await using var _1 = shard1;

        Assert.Equal(guilds.Where(g => ShardOf(g.Id, 2) == 0).Select(g => g.Id.ToString()).Order(), Ids(ready0.GetProperty("guilds")));
        Assert.Equal(guilds.Where(g => ShardOf(g.Id, 2) == 1).Select(g => g.Id.ToString()).Order(), Ids(ready1.GetProperty("guilds")));
        Assert.Equal([0, 2], ready0.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));

        // Interactions too: a guild's goes to its shard, a DM's to shard 0.
        var g1 = guilds.First(g => ShardOf(g.Id, 2) == 1);
        var member = server.CreateMember(g1, "ann");
        var inGuild = server.SendSlashCommandAsync(member, server.CreateTextChannel(g1, "drills"), "ping");
        var onShard1 = await shard1.ReceiveDispatchAsync("INTERACTION_CREATE");
        Assert.Equal(g1.Id.ToString(), onShard1.GetProperty("d").GetProperty("guild_id").GetString());
        var inDm = server.SendSlashCommandAsync(member, null, "ping");
        var onShard0 = await shard0.ReceiveDispatchAsync("INTERACTION_CREATE");
        Assert.False(onShard0.GetProperty("d").TryGetProperty("guild_id", out _));

        // Shard 0 saw GUILD_CREATEs of its own guilds only, and no interaction but the DM.
        server.SendDispatch("PROBE", new { }, guildId: null);
        var seen = await DrainUntilAsync(shard0, "PROBE");
        Assert.DoesNotContain(seen, m => m.GetProperty("d").TryGetProperty("guild_id", out var g) && g.GetString() == g1.Id.ToString());
        Assert.DoesNotContain(seen, m => m.GetProperty("t").GetString() == "GUILD_CREATE" && ShardOf(ulong.Parse(m.GetProperty("d").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 2) != 0);
        Assert.Equal([0, 1], server.ReadyShards);
        using var callbacks = new RawRest(server) { Authorize = false };
        foreach (var d in new[] { onShard1.GetProperty("d"), onShard0.GetProperty("d") })
        {
            await callbacks.SendAsync("POST", $"/interactions/{d.GetProperty("id").GetString()}/{d.GetProperty("token").GetString()}/callback", new { type = 5 });
        }

        Assert.Equal([204, 204], (await Task.WhenAll(inGuild, inDm)).Select(r => r.Status));
        Assert.Empty(server.Violations); // buckets 0 and 1 of max_concurrency 2 may identify together
    }

    [Fact]
    public async Task GatewayBot_RecommendsTheConfiguredShards_AndMaxConcurrency()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RecommendedShards = 6, MaxConcurrency = 16 });
        using var rest = new RawRest(server);

        var (status, body, _) = await rest.SendAsync("GET", "/gateway/bot");

        Assert.Equal(200, status);
        Assert.Equal(6, body.GetProperty("shards").GetInt32());
        Assert.Equal(16, body.GetProperty("session_start_limit").GetProperty("max_concurrency").GetInt32());
    }

    [Fact]
    public async Task SecondIdentifyOfOneBucket_Within5s_IsRefusedWithOp9()
    {
        var time = new FakeTimeProvider();
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { TimeProvider = time, MaxConcurrency = 2 });

        var (a, _) = await RawGateway.IdentifyAsync(server, shard: [0, 4]);
        await using var _a = a;
        var (b, _) = await RawGateway.IdentifyAsync(server, shard: [1, 4]); // bucket 1: at once is fine
        await using var _b = b;
        time.Advance(TimeSpan.FromSeconds(4));
        await using var c = await RawGateway.ConnectAsync(server);
        await c.ReceiveAsync(); // Hello
        await c.SendAsync(new { op = 2, d = new { token = server.Token, intents = 1, properties = new { os = "linux", browser = "t", device = "t" }, shard = new[] { 2, 4 } } });
        var refused = await c.ReceiveAsync();

        Assert.Equal((9, false), (refused.GetProperty("op").GetInt32(), refused.GetProperty("d").GetBoolean()));
        Assert.Equal(1, server.IdentifiesRefused);
        Assert.Equal([0, 1], server.ReadyShards);

        time.Advance(TimeSpan.FromSeconds(1)); // 5 s after shard 0: bucket 0 is free again
        var (d, ready) = await RawGateway.IdentifyAsync(server, shard: [2, 4]);
        await using var _d = d;
        Assert.Equal(2, ready.GetProperty("shard")[0].GetInt32());
        Assert.Equal(1, server.IdentifiesRefused);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task GlobalLimit_IsOneBudgetForEveryClientOfTheToken_CallbacksExempt()
    {
        var time = new FakeTimeProvider();
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { TimeProvider = time, GlobalRequestsPerSecond = 4, BucketLimit = 100 });
        var user = server.CreateMember(server.CreateGuild("g"), "u");
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;
        using var processA = new RawRest(server);
        using var processB = new RawRest(server);

        var statuses = new List<int>();
        foreach (var rest in new[] { processA, processB, processA, processB })
        {
            statuses.Add((await rest.SendAsync("GET", "/users/@me")).Status);
        }

        var (limited, body, response) = await processB.SendAsync("GET", "/users/@me");

        Assert.Equal([200, 200, 200, 200], statuses);
        Assert.Equal(429, limited);
        Assert.True(body.GetProperty("global").GetBoolean());
        Assert.Equal("true", RawRest.Header(response, "X-RateLimit-Global"));
        Assert.Equal("global", RawRest.Header(response, "X-RateLimit-Scope"));
        Assert.Equal(1, server.GlobalRateLimitedCount);

        // An interaction callback is outside the global limit: it goes through while the budget is spent.
        var pending = server.SendSlashCommandAsync(user, null, "ping");
        var d = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        using var callbacks = new RawRest(server) { Authorize = false };
        var (callback, _, _) = await callbacks.SendAsync("POST", $"/interactions/{d.GetProperty("id").GetString()}/{d.GetProperty("token").GetString()}/callback",
            new { type = 4, data = new { content = "ok", flags = 64, allowed_mentions = new { parse = Array.Empty<string>() } } });
        Assert.Equal(204, callback);
        Assert.Equal(204, (await pending).Status);
        Assert.Equal(1, server.GlobalRateLimitedCount);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await processA.SendAsync("GET", "/users/@me")).Status);
    }

    private static IEnumerable<string> Ids(JsonElement guilds) => guilds.EnumerateArray().Select(g => g.GetProperty("id").GetString()!).Order();

    private static async Task<List<JsonElement>> DrainUntilAsync(RawGateway gateway, string type)
    {
        var seen = new List<JsonElement>();
        while (true)
        {
            var message = await gateway.ReceiveAsync();
            if (message.GetProperty("op").GetInt32() != 0)
            {
                continue;
            }

            seen.Add(message);
            if (message.GetProperty("t").GetString() == type)
            {
                return seen;
            }
        }
    }
}
