using Drills.Bot.Groups;
using Drills.Bot.Members;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Drills.Bot.Tests.EndToEnd;
using Drills.Bot.Tests.Storage;
using Drills.Discord;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// The fake Discord (one token: one global budget of 50/s for all processes), a PostgreSQL database of its own,
/// and bot processes started against both, each with its own settings (shards, share of the global limit).
/// </summary>
internal sealed class ProcessWorld : IAsyncDisposable
{
    public const int Processes = 3;
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    /// <summary>Day 1, before the groups' 09:00 UTC post.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 58, 0, TimeSpan.Zero);

    private readonly List<BotProcess> bots = [];
    private readonly ITestOutputHelper output;

    private ProcessWorld(FakeDiscordServer discord, TestDatabase db, ITestOutputHelper output)
    {
        Discord = discord;
        Db = db;
        this.output = output;
    }

    public FakeDiscordServer Discord { get; }

    public TestDatabase Db { get; }

    /// <summary>Discord's global limit, for the token: every process's requests count against it.</summary>
    public const int GlobalLimit = 50;

    public static async Task<ProcessWorld> CreateAsync(ITestOutputHelper output)
    {
        // max_concurrency 16: the three shards identify together (buckets 0, 1, 2), as Discord allows large bots.
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            MaxConcurrency = 16, RecommendedShards = Processes, InteractionDeadline = TimeSpan.FromSeconds(30), GlobalRequestsPerSecond = GlobalLimit,
        });
        var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await db.MigrateAsync();
        return new ProcessWorld(discord, db, output);
    }

    /// <summary>Starts <see cref="Processes"/> bots, process i running shard i of 3 with a third of the global limit; waits until each has done its first round.</summary>
    public async Task<IReadOnlyList<BotProcess>> StartAllAsync(DateTimeOffset clock, string? lease = null)
    {
        var since = TimeProvider.System.GetTimestamp();
        var started = Enumerable.Range(0, Processes).Select(i => StartBot(i, clock, lease)).ToList();
        await Task.WhenAll(started.Select(b => b.WaitArmedAsync()));
        output.WriteLine($"{Processes} processes started and armed in {TimeProvider.System.GetElapsedTime(since).TotalSeconds:0.0} s");
        return started;
    }

    public BotProcess StartBot(int shard, DateTimeOffset clock, string? lease = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Discord:Token"] = Discord.Token,
            ["Discord:ApiBaseUrl"] = Discord.ApiBaseUrl.ToString(),
            ["Discord:ShardIds"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:ShardCount"] = Processes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:GlobalRateShare"] = (GlobalLimit / Processes).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = Db.ConnectionString,
            ["Redo:ReminderLease"] = lease ?? "00:01:00",
        };
        var bot = BotProcess.Start($"bot{shard}", clock, settings);
        bots.Add(bot);
        return bot;
    }

    /// <summary>Polls <paramref name="condition"/> every 200 ms (real time): the test process also runs the fake, and
    /// polling it harder would take CPU from the very requests being measured.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(start) > Wait)
            {
                throw new TimeoutException($"Timed out after {Wait.TotalSeconds} s waiting for {what}.");
            }

            await Task.Delay(200);
        }
    }

    public static Task AdvanceAllAsync(IEnumerable<BotProcess> processes, DateTimeOffset at) => Task.WhenAll(processes.Select(b => b.AdvanceAsync(at)));

    /// <summary><paramref name="perShard"/> guilds on each of the 3 shards, each with a group posting at 09:00 UTC.</summary>
    public async Task<IReadOnlyList<(FakeGuild Guild, FakeChannel Channel, int GroupId)>> SeedGroupsAsync(int perShard)
    {
        var byShard = new Dictionary<int, List<(FakeGuild, FakeChannel)>>();
        while (Enumerable.Range(0, Processes).Any(s => !byShard.TryGetValue(s, out var l) || l.Count < perShard))
        {
            var guild = Discord.CreateGuild("g");
            var shard = ShardSet.ShardOf(guild.Id, Processes);
            var list = byShard.TryGetValue(shard, out var l) ? l : byShard[shard] = [];
            if (list.Count < perShard)
            {
                list.Add((guild, Discord.CreateTextChannel(guild, "drills")));
            }

            await Task.Delay(1); // the next snowflake's millisecond, so its shard, moves on
        }

        var all = byShard.Values.SelectMany(l => l).ToList();
        await using var db = Db.NewDb();
        var rows = all.Select(g => new Group
        {
            GuildId = g.Item1.Id, ChannelId = g.Item2.Id, PostTime = new TimeOnly(9, 0), TimeZone = "UTC", CreatedAt = Start.AddDays(-1),
        }).ToList();
        db.Groups.AddRange(rows);
        await db.SaveChangesAsync();
        return all.Select((g, i) => (g.Item1, g.Item2, rows[i].Id)).ToList();
    }

    /// <summary><paramref name="members"/> members with a known DM channel, each with <paramref name="itemsEach"/> redo items due at <paramref name="due"/>.</summary>
    public async Task<IReadOnlyList<FakeUser>> SeedRedoAsync(int members, int itemsEach, DateTimeOffset due)
    {
        var guild = Discord.CreateGuild("redo");
        var users = Enumerable.Range(0, members).Select(i => Discord.CreateMember(guild, $"m{i}")).ToList();
        var drills = global::Drills.Bot.Drills.Content.DrillLoader.Load(RepositoryPaths.Drills()).Catalog.AllDrills.Select(d => d.Id).ToList();
        await using var db = Db.NewDb();
        db.Members.AddRange(users.Select(u => new Member { UserId = u.Id, DmChannelId = Discord.DmChannelOf(u).Id }));
        db.RedoItems.AddRange(users.SelectMany((u, i) => Enumerable.Range(0, itemsEach)
            .Select(k => new RedoItem { UserId = u.Id, DrillId = drills[(i + k) % drills.Count], DueAt = due })));
        await db.SaveChangesAsync();
        return users;
    }

    /// <summary>Digest DMs per recipient.</summary>
    public Dictionary<ulong, int> DmsPerMember() => Discord.Messages
        .Where(m => m.IsDm && m.Source == MessageSource.ChannelPost)
        .GroupBy(m => m.RecipientUserId!.Value).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Members whose reminder claim is signed (by a process that is gone, once the others are done); with
    /// <paramref name="after"/>, only claims still valid then.</summary>
    public async Task<int> HeldClaimsAsync(DateTimeOffset? after = null)
    {
        await using var db = Db.NewDb();
        return after is { } at
            ? await db.Members.CountAsync(m => m.ReminderClaimedBy != null && m.ReminderClaimedUntil > at)
            : await db.Members.CountAsync(m => m.ReminderClaimedBy != null);
    }

    /// <summary>Drill posts and reveals per channel.</summary>
    public (Dictionary<ulong, int> Posts, Dictionary<ulong, int> Reveals) PostsAndReveals()
    {
        var posts = Discord.Messages.Where(m => !m.IsDm && m.Source == MessageSource.ChannelPost).ToList();
        return (
            posts.Where(m => m.Body.TryGetProperty("components", out var c) && c.GetArrayLength() > 0).GroupBy(m => m.ChannelId).ToDictionary(g => g.Key, g => g.Count()),
            posts.Where(m => GroupWorld.EmbedTitle(m).StartsWith("Answer", StringComparison.Ordinal)).GroupBy(m => m.ChannelId).ToDictionary(g => g.Key, g => g.Count()));
    }

    public void Print(string line) => output.WriteLine(line);

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(bots.Select(b => b.DisposeAsync().AsTask()));
        foreach (var bot in bots)
        {
            var problems = bot.Log.Where(l => !l.StartsWith("Information", StringComparison.Ordinal)).ToList();
            if (problems.Count > 0)
            {
                output.WriteLine($"{bot.Name} logged {problems.Count} warnings or errors, first: {string.Join(" / ", problems.Take(3))}");
            }
        }

        await Discord.DisposeAsync();
        await Db.DisposeAsync();
    }
}
