using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 3. Many groups at one post time: 1,000 groups (one guild and channel each) post at 09:00 UTC, the fake
/// enforcing 50 requests/s. Day 1 is posts only; day 2 also closes yesterday's drills (an edit, a reveal and
/// its discussion thread each) before posting, which is what every later morning looks like. Measures the time until all posts
/// are out and the 429s received.
/// </summary>
internal sealed class GroupsScenario : IScenario
{
    private const string Scenario = "3 groups";
    private static readonly DateTimeOffset Day1 = new(2026, 3, 26, 9, 0, 0, TimeSpan.Zero);

    public string Name => "groups";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        var runs = new List<GroupsRun>();
        for (var run = 0; run < settings.LongRuns; run++)
        {
            runs.Add(await RunOnceAsync(settings));
        }

        var n = settings.Groups;
        var label = $"{n:N0} groups at 09:00, limit 50/s";
        table.Add(Scenario, $"{label}, day 1: 09:00 -> all posts out", runs.Select(r => r.Day1Posts.TotalSeconds).ToList(), Seconds,
            Budget.Reference($"{n / 50.0:0} s at 50/s", n / 50.0));
        table.Add(Scenario, $"{label}, day 2: 09:00 -> all posts out", runs.Select(r => r.Day2Posts.TotalSeconds).ToList(), Seconds,
            Budget.Reference($"{4 * n / 50.0:0} s for {4 * n:N0} requests", 4 * n / 50.0));
        table.Add(Scenario, $"{label}, day 2: 09:00 -> a group's new drill, median", runs.Select(r => r.Day2MedianPost.TotalSeconds).ToList(), Seconds);
        table.Add(Scenario, $"{label}, day 2: 09:00 -> all reveals out", runs.Select(r => r.Day2Reveals.TotalSeconds).ToList(), Seconds);
        table.Add(Scenario, $"{label}: posts missing or doubled", runs.Select(r => (double)r.Wrong).ToList(), Count, Budget.Below("0", 0));
        table.Add(Scenario, $"{label}: 429 responses", runs.Select(r => (double)r.TooMany).ToList(), Count, Budget.Below("0", 0));
        if (runs.SelectMany(r => r.Problems).FirstOrDefault() is { } problem)
        {
            table.AddNote(Scenario, $"{label}: bot log", problem);
        }
    }

    private static async Task<GroupsRun> RunOnceAsync(BenchSettings settings)
    {
        await using var world = await BenchWorld.CreateAsync();
        var discord = world.Discord;
        var channels = Enumerable.Range(0, settings.Groups).Select(i =>
        {
            var guild = discord.CreateGuild($"Group {i}");
            return discord.CreateTextChannel(guild, "drills");
        }).ToList();
        await world.Db.MigrateAsync();
        Seed.Groups(world.Db, channels.Select(c => (c.GuildId!.Value, c.Id)).ToList(), "", i => i, Day1.AddDays(-1));

        await using var bot = world.StartBot(Day1.AddMinutes(-1));
        await bot.WaitArmedAsync(TimeSpan.FromSeconds(60));
        var timeout = TimeSpan.FromSeconds(settings.Groups / 50.0 * 3 + 60);

        discord.ClearRecords();
        var start = TimeProvider.System.GetUtcNow();
        await bot.AdvanceToAsync(Day1);
        await Poll.UntilAsync(() => CountOf(discord, IsPost) >= channels.Count, timeout);
        var day1 = Last(discord, IsPost, start);
        var tooMany = discord.Requests.Count(r => r.Status == 429);
        var wrong = Math.Abs(CountOf(discord, IsPost) - channels.Count);

        await Task.Delay(TimeSpan.FromSeconds(2));
        discord.ClearRecords();
        start = TimeProvider.System.GetUtcNow();
        await bot.AdvanceToAsync(Day1.AddDays(1));
        await Poll.UntilAsync(() => CountOf(discord, IsPost) >= channels.Count && CountOf(discord, IsReveal) >= channels.Count, timeout);
        await Task.Delay(TimeSpan.FromSeconds(1));
        return new GroupsRun(
            day1, Last(discord, IsPost, start), Median(discord, IsPost, start), Last(discord, IsReveal, start),
            wrong + Math.Abs(CountOf(discord, IsPost) - channels.Count),
            tooMany + discord.Requests.Count(r => r.Status == 429), bot.Problems);
    }

    private static bool IsPost(RecordedMessage m) =>
        m.Source == MessageSource.ChannelPost && m.Body.TryGetProperty("components", out var c) && c.GetArrayLength() > 0;

    private static bool IsReveal(RecordedMessage m) => m.Source == MessageSource.ChannelPost && !IsPost(m);

    private static int CountOf(FakeDiscordServer discord, Func<RecordedMessage, bool> kind) => discord.Messages.Count(kind);

    /// <summary>From <paramref name="start"/> to the last message of the kind (the fake stamps each on arrival).</summary>
    private static TimeSpan Last(FakeDiscordServer discord, Func<RecordedMessage, bool> kind, DateTimeOffset start) =>
        discord.Messages.Where(kind).Select(m => m.Timestamp).DefaultIfEmpty(start).Max() - start;

    private static TimeSpan Median(FakeDiscordServer discord, Func<RecordedMessage, bool> kind, DateTimeOffset start) =>
        TimeSpan.FromMilliseconds(Stats.Percentile(discord.Messages.Where(kind).Select(m => (m.Timestamp - start).TotalMilliseconds).ToList(), 50));

    private sealed record GroupsRun(TimeSpan Day1Posts, TimeSpan Day2Posts, TimeSpan Day2MedianPost, TimeSpan Day2Reveals, int Wrong, int TooMany, IReadOnlyList<string> Problems);
}
