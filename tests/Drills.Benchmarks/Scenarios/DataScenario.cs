using System.Diagnostics;
using System.Text.Json;
using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 4. Scale of data: one group of 100,000 members who each predicted the last 10 daily drills (1,000,000
/// predictions, their review log (three in four with a confidence), running scores and the redo items of the wrong
/// ones), seeded with bulk inserts. Measures <c>/score</c> (with its chart) and <c>/leaderboard</c> (all, week, month)
/// one at a time, start-up with this database, and the working set idle; then, on a bot started again with
/// <c>Scores:Chart=false</c>, <c>/score</c> without the chart. Budgets: <c>/score</c> under 10 ms p99 without the
/// chart; the chart adds less than 50 ms p99.
/// </summary>
internal sealed class DataScenario : IScenario
{
    private const string Scenario = "4 data";
    private const ulong SyntheticIds = 900_000_000_000_000_000;
    private static readonly DateTimeOffset Clock = new(2026, 3, 26, 10, 0, 0, TimeSpan.Zero);

    public string Name => "data";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        await using var world = await BenchWorld.CreateAsync();
        var discord = world.Discord;
        var guild = discord.CreateGuild("Big group");
        var channel = discord.CreateTextChannel(guild, "drills");
        var sample = Enumerable.Range(0, Math.Min(1_000, settings.DataMembers)).Select(i => discord.CreateMember(guild, $"d{i}")).ToList();
        var seedWatch = Stopwatch.StartNew();
        await world.Db.MigrateAsync();
        var predictions = SeedData(world.Db, guild.Id, channel.Id, sample, settings);
        table.Add(Scenario, $"seeded {predictions:N0} predictions, {settings.DataMembers:N0} members (bulk insert)", [seedWatch.Elapsed.TotalSeconds], Seconds);
        table.Add(Scenario, "database file", [new FileInfo(world.Db.Path).Length / 1048576.0], Mb);

        var bot = world.StartBot(Clock);
        await bot.WaitArmedAsync(TimeSpan.FromSeconds(120));
        table.Add(Scenario, "process start -> READY (this database)", [bot.ToGateway.TotalMilliseconds], Ms);
        table.Add(Scenario, "process start -> scheduler armed (this database)", [bot.ToArmed.TotalMilliseconds], Ms);
        await Task.Delay(settings.IdleSettle);
        table.Add(Scenario, $"bot working set idle ({settings.IdleSettle.TotalSeconds:0} s after start, this database; bench host)", [bot.WorkingSet / 1048576.0], Mb,
            Budget.Below("< 100 MB", 100));

        var random = new Random(6);
        var commands = new (string Label, int Samples, Func<FakeUser, Task<InteractionResult>> Send, Budget? P99)[]
        {
            ("/score (with chart)", settings.ScoreSamples, u => discord.SendSlashCommandAsync(u, channel, "score"), null),
            ("/score member:other (with chart)", settings.ScoreSamples / 2, u => discord.SendSlashCommandAsync(u, channel, "score", CommandOption.User("member", sample[random.Next(sample.Count)])), null),
            ("/leaderboard all", settings.LeaderboardSamples, u => discord.SendSlashCommandAsync(u, channel, "leaderboard", CommandOption.String("period", "all")), null),
            ("/leaderboard week", settings.LeaderboardSamples, u => discord.SendSlashCommandAsync(u, channel, "leaderboard", CommandOption.String("period", "week")), null),
            ("/leaderboard month", settings.LeaderboardSamples, u => discord.SendSlashCommandAsync(u, channel, "leaderboard", CommandOption.String("period", "month")), null),
        };
        var p99 = new Dictionary<string, double>();
        try
        {
            await using var sampler = new WorkingSetSampler(bot);
            await MeasureAsync(bot, commands, sample, random, settings, table, p99);
            table.Add(Scenario, "working set peak during the queries", [sampler.PeakBytes / 1048576.0], Mb);
        }
        finally
        {
            await bot.DisposeAsync();
        }

        // The same /score on a bot that attaches no chart: the chart's own cost is the difference.
        await using var plain = world.StartBot(Clock, extra: [("Scores__Chart", "false")]);
        await plain.WaitArmedAsync(TimeSpan.FromSeconds(120));
        await MeasureAsync(plain,
        [
            ("/score (no chart)", settings.ScoreSamples, u => discord.SendSlashCommandAsync(u, channel, "score"), Budget.Below("< 10 ms", 10)),
            ("/score member:other (no chart)", settings.ScoreSamples / 2, u => discord.SendSlashCommandAsync(u, channel, "score", CommandOption.User("member", sample[random.Next(sample.Count)])), Budget.Below("< 10 ms", 10)),
        ], sample, random, settings, table, p99);
        table.Add(Scenario, "/score p99 added by the chart (with minus without)", [p99["/score (with chart)"] - p99["/score (no chart)"]], Ms, Budget.Below("< 50 ms", 50));
    }

    /// <summary>Calls before each measured command, not measured: enough for the JIT's tiering (30 calls per method,
    /// then a background recompile) to reach the steady state a running bot is in; the first-chart cost is the charts
    /// scenario's "first render".</summary>
    private const int WarmUp = 100;

    private static async Task MeasureAsync(BotProcess bot,
        IReadOnlyList<(string Label, int Samples, Func<FakeUser, Task<InteractionResult>> Send, Budget? P99)> commands,
        IReadOnlyList<FakeUser> sample, Random random, BenchSettings settings, ResultTable table, Dictionary<string, double> medianP99)
    {
        foreach (var (label, samples, send, p99) in commands)
        {
            // Warm-up (JIT, caches), not measured.
            for (var i = 0; i < WarmUp; i++)
            {
                await send(sample[random.Next(sample.Count)]);
            }

            var p50s = new List<double>();
            var p99s = new List<double>();
            var errors = 0;
            var cpuBefore = bot.CpuTime;
            for (var run = 0; run < settings.Runs; run++)
            {
                var latencies = new List<double>();
                for (var i = 0; i < samples; i++)
                {
                    var result = await send(sample[random.Next(sample.Count)]);
                    if (result.Acknowledged && result.Latency is { } latency && HasEmbed(result))
                    {
                        latencies.Add(latency.TotalMilliseconds);
                    }
                    else
                    {
                        errors++;
                    }
                }

                p50s.Add(Stats.Percentile(latencies, 50));
                p99s.Add(Stats.Percentile(latencies, 99));
            }

            table.Add(Scenario, $"{label} latency p50 ({samples} one at a time per run)", p50s, Ms);
            table.Add(Scenario, $"{label} latency p99", p99s, Ms, p99);
            // The bot does nothing else meanwhile: its CPU time per command, which a loaded machine does not inflate.
            table.Add(Scenario, $"{label} bot CPU time per command", [(bot.CpuTime - cpuBefore).TotalMilliseconds / (samples * settings.Runs)], Ms);
            table.Add(Scenario, $"{label} errors", [errors], Count, Budget.Below("0", 0));
            medianP99[label] = Stats.Median(p99s);
        }
    }

    private static bool HasEmbed(InteractionResult r) =>
        r.Data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("embeds", out var e) && e.GetArrayLength() > 0;

    /// <summary>Posts for the last days, every member's predictions of them, running scores, redo items for the misses.</summary>
    private static long SeedData(BenchDatabase db, ulong guildId, ulong channelId, IReadOnlyList<FakeUser> sample, BenchSettings settings)
    {
        var group = Seed.Groups(db, [(guildId, channelId)], "", _ => settings.PredictionsPerMember, Clock.AddDays(-settings.PredictionsPerMember - 1));
        var today = DateOnly.FromDateTime(Clock.UtcDateTime);
        var drills = BenchWorld.Catalog.AllDrills.ToList();
        var days = Enumerable.Range(0, settings.PredictionsPerMember)
            .Select(d => (Date: today.AddDays(d - settings.PredictionsPerMember), Drill: drills[d % drills.Count].Id)).ToList();
        var firstPost = Seed.Posts(db, group, channelId, days);
        ulong User(int i) => i < sample.Count ? sample[i].Id : SyntheticIds + (ulong)i;
        // Each member has their own accuracy (10% to 90%), so scores and ranks spread out as in a real group.
        bool Right(int member, int day) => (uint)((member * 2_654_435_761L + day * 40_503L) % 100) < 10 + (member % 9) * 10;

        db.Insert("Predictions", ["PostId", "GroupId", "LocalDate", "DrillId", "UserId", "Text", "IsRight", "CreatedAt"],
            days.SelectMany((day, d) => Enumerable.Range(0, settings.DataMembers).Select(i => new object?[]
            {
                firstPost + d, group, BenchDatabase.Date(day.Date), day.Drill, BenchDatabase.Id(User(i)), Right(i, d) ? "A" : "B", Right(i, d) ? 1 : 0,
                BenchDatabase.Instant(new DateTimeOffset(day.Date.ToDateTime(Seed.NineOClock), TimeSpan.Zero).AddMinutes(i % 600)),
            })));
        db.Insert("Scores", ["GroupId", "UserId", "Answered", "Right", "CurrentStreak", "BestStreak", "LastRightDate"],
            Enumerable.Range(0, settings.DataMembers).Select(i =>
            {
                int right = 0, streak = 0, best = 0;
                DateOnly? last = null;
                for (var d = 0; d < days.Count; d++)
                {
                    streak = Right(i, d) ? streak + 1 : 0;
                    right += Right(i, d) ? 1 : 0;
                    best = Math.Max(best, streak);
                    last = Right(i, d) ? days[d].Date : last;
                }

                return new object?[] { group, BenchDatabase.Id(User(i)), days.Count, right, streak, best, last is { } l ? BenchDatabase.Date(l) : null };
            }));
        Seed.Members(db, Enumerable.Range(0, settings.DataMembers).Select(i => (User(i), (ulong?)null)));

        // Every prediction is also in the review log, which /score reads for calibration and concept mastery.
        db.Insert("Reviews", ["UserId", "DrillId", "At", "Prediction", "IsRight", "Source", "Confidence"],
            days.SelectMany((day, d) => Enumerable.Range(0, settings.DataMembers).Select(i => new object?[]
            {
                BenchDatabase.Id(User(i)), day.Drill, BenchDatabase.Instant(new DateTimeOffset(day.Date.ToDateTime(Seed.NineOClock), TimeSpan.Zero).AddMinutes(i % 600)),
                Right(i, d) ? "A" : "B", Right(i, d) ? 1 : 0, 0, (i + d) % 4 == 0 ? null : 1 + (i + d) % 3,
            })));

        // Misses are on the redo list, due three days later; all already reminded, so start-up sends no DMs.
        db.Insert("RedoItems", ["UserId", "DrillId", "GroupId", "Stage", "DueAt", "Mastered", "RemindedForDueAt"],
            Enumerable.Range(0, settings.DataMembers).SelectMany(i => days.Select((day, d) => (day, d)).Where(x => !Right(i, x.d)).Select(x =>
            {
                var due = BenchDatabase.Instant(new DateTimeOffset(x.day.Date.AddDays(3).ToDateTime(Seed.NineOClock), TimeSpan.Zero));
                return new object?[] { BenchDatabase.Id(User(i)), x.day.Drill, group, 0, due, 0, due };
            })));
        return (long)settings.DataMembers * days.Count;
    }
}
