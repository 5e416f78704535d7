using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.Bot.Drills.Content;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 1. Prediction burst: distinct members send <c>/predict answer:X</c> to the open drill at 100/s and 1,000/s
/// (open loop) and as fast as answers come back (closed loop). Half the answers are wrong, so half the
/// predictions also put a redo item on the list. Budget: p99 under 50 ms at 1,000/s, every prediction stored.
/// </summary>
internal sealed class BurstScenario : IScenario
{
    private const string Scenario = "1 burst";
    private static readonly DateTimeOffset Clock = new(2026, 3, 26, 10, 0, 0, TimeSpan.Zero);

    public string Name => "burst";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        await using var world = await BenchWorld.CreateAsync();
        table.Add(Scenario, "SQLite single-row INSERT, autocommit (ceiling)", await SqliteCeiling.MeasureAsync(world.Folder, settings.Runs, TimeSpan.FromSeconds(2)), PerSecond);

        var discord = world.Discord;
        var guild = discord.CreateGuild("Burst");
        var channel = discord.CreateTextChannel(guild, "drills");
        var (drill, position) = BenchWorld.FirstChoiceDrill("async");
        var choice = (ChoiceAnswer)drill.Answer;
        var wrong = choice.Options.First(o => o.Letter != choice.Correct).Letter;
        await world.Db.MigrateAsync();
        Seed.Groups(world.Db, [(guild.Id, channel.Id)], "async", _ => position, Clock);

        await using var bot = world.StartBot(Clock);
        await bot.WaitArmedAsync(TimeSpan.FromSeconds(60));
        await discord.WaitForMessageAsync(m => m.ChannelId == channel.Id && m.Source == MessageSource.ChannelPost, TimeSpan.FromSeconds(30));
        var created = 0;
        List<FakeUser> NewMembers(int count) => Enumerable.Range(0, count).Select(_ => discord.CreateMember(guild, $"m{created++}")).ToList();
        Task<InteractionResult> Predict(FakeUser member, int i) =>
            discord.SendSlashCommandAsync(member, channel, "predict", CommandOption.String("answer", (i % 2 == 0 ? choice.Correct : wrong).ToString()));

        // A first warm-up (JIT, pools) before anything; each phase warms up again at its own rate (BurstPhase).
        var warm = NewMembers(settings.Quick ? 1_500 : 3_000);
        await LoadDriver.OpenLoopAsync(500, warm.Count, i => Predict(warm[i], i));
        discord.ClearRecords();

        var phase = new BurstPhase(world.Db, bot, NewMembers, Predict);
        async Task<List<BurstRun>> MeasureAsync(int? rate)
        {
            var runs = new List<BurstRun>();
            for (var run = 0; run < settings.Runs; run++)
            {
                runs.Add(await phase.RunAsync(rate, settings.BurstDuration, settings.MaxInFlight));
                discord.ClearRecords();
            }

            return runs;
        }

        var measured = new List<BurstRun>();
        foreach (var rate in settings.BurstRates)
        {
            var runs = await MeasureAsync(rate);
            measured.AddRange(runs);
            Report(table, $"{rate:N0}/s offered", rate, runs);
        }

        var max = await MeasureAsync(null);
        measured.AddRange(max);
        Report(table, $"max ({settings.MaxInFlight} in flight)", null, max);

        // The overload curve: offered 1x, 2x, 3x the capacity just measured: the best recorded predictions/s of any
        // phase above (a swamped closed loop alone can record almost nothing), at least 10/s.
        var capacity = Math.Max(10, measured.Max(r => r.RecordedPerSecond));
        table.AddNote(Scenario, "overload curve", $"capacity {capacity:0.0}/s; 100/s and 1,000/s are the rows above");
        foreach (var factor in new[] { 1, 2, 3 })
        {
            var offered = (int)Math.Max(1, capacity * factor);
            var runs = await MeasureAsync(offered);
            Curve(table, $"overload {factor}x capacity ({offered:N0}/s)", capacity, factor, runs);
        }

        table.Add(Scenario, "Discord rule violations", [discord.Violations.Count], Count, Budget.Below("0", 0));
        table.Add(Scenario, "bot warnings / errors logged", [bot.Warnings + bot.Errors], Count);
        foreach (var problem in bot.Problems.Take(3))
        {
            table.AddNote(Scenario, "bot log line", problem);
        }
    }

    private static void Report(ResultTable table, string label, int? rate, List<BurstRun> runs)
    {
        table.Add(Scenario, $"{label}: sent", runs.Select(x => (double)x.Load.Samples.Count).ToList(), Count);
        table.Add(Scenario, $"{label}: recorded/s", runs.Select(x => x.RecordedPerSecond).ToList(), PerSecond,
            rate is { } offered ? Budget.Reference($"{offered}/s offered", offered) : null);
        table.Add(Scenario, $"{label}: latency p50", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 50)).ToList(), Ms);
        table.Add(Scenario, $"{label}: latency p99", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 99)).ToList(), Ms,
            rate == 1000 ? Budget.Below("< 50 ms", 50) : null);
        table.Add(Scenario, $"{label}: latency max", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 100)).ToList(), Ms,
            Budget.Below("< 3 s (Discord)", 3000));
        Outcomes(table, label, runs);
        table.Add(Scenario, $"{label}: bot working set, peak", runs.Select(x => x.PeakWorkingSet / 1048576.0).ToList(), Mb);
        table.Add(Scenario, $"{label}: bot CPU (cores of {Environment.ProcessorCount})", runs.Select(x => x.CpuCores).ToList(),
            v => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        table.Add(Scenario, $"{label}: bot CPU per stored prediction", runs.Select(x => x.CpuMsPerStored).ToList(), Ms);
    }

    private static void Curve(ResultTable table, string label, double capacity, int factor, List<BurstRun> runs)
    {
        table.Add(Scenario, $"{label}: recorded/s", runs.Select(x => x.RecordedPerSecond).ToList(), PerSecond,
            factor == 2 ? Budget.AtLeast(">= 90% of capacity", 0.9 * capacity, capacity) : Budget.Reference($"capacity {capacity:0}/s", capacity));
        table.Add(Scenario, $"{label}: latency p99", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 99)).ToList(), Ms,
            Budget.Below("< 3 s (Discord)", 3000));
        Outcomes(table, label, runs);
    }

    /// <summary>Every interaction ends one way: recorded, busy (answered at once), expired (10062 or no answer), or an error.</summary>
    private static void Outcomes(ResultTable table, string label, List<BurstRun> runs)
    {
        table.Add(Scenario, $"{label}: busy", runs.Select(x => (double)x.Busy).ToList(), Count);
        table.Add(Scenario, $"{label}: deferred, then edited", runs.Select(x => (double)x.Deferred).ToList(), Count);
        table.Add(Scenario, $"{label}: 10062 / no answer", runs.Select(x => (double)x.Expired).ToList(), Count, Budget.Below("0", 0));
        table.Add(Scenario, $"{label}: other errors", runs.Select(x => (double)x.Errors).ToList(), Count, Budget.Below("0", 0));
        table.Add(Scenario, $"{label}: not stored (recorded - stored)", runs.Select(x => (double)(x.Recorded - x.Stored)).ToList(), Count, Budget.Below("0", 0));
    }
}
