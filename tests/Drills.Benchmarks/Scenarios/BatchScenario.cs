using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.Bot.Drills.Content;
using Drills.FakeDiscord;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 1b. Group commit: the same 1,000/s prediction burst with <c>Storage:MaxBatch</c> 1 (each prediction its own
/// transaction), 8 and 64 (the default), a fresh bot and database each, side by side: the batch size / latency
/// trade-off. Budget as the burst: p99 under 50 ms at 1,000/s, every prediction stored.
/// </summary>
internal sealed class BatchScenario : IScenario
{
    private const string Scenario = "1b group commit";
    private const int Rate = 1000;
    private static readonly DateTimeOffset Clock = new(2026, 3, 26, 10, 0, 0, TimeSpan.Zero);

    public string Name => "batch";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        foreach (var size in settings.BatchSizes)
        {
            var runs = await MeasureAsync(settings, Rate, ("Storage__MaxBatch", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var label = $"max batch {size}, {Rate:N0}/s offered";
            table.Add(Scenario, $"{label}: recorded/s", runs.Select(x => x.RecordedPerSecond).ToList(), PerSecond, Budget.Reference($"{Rate}/s offered", Rate));
            table.Add(Scenario, $"{label}: latency p50", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 50)).ToList(), Ms);
            table.Add(Scenario, $"{label}: latency p99", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 99)).ToList(), Ms, Budget.Below("< 50 ms", 50));
            table.Add(Scenario, $"{label}: bot CPU per stored prediction", runs.Select(x => x.CpuMsPerStored).ToList(), Ms);
            table.Add(Scenario, $"{label}: busy", runs.Select(x => (double)x.Busy).ToList(), Count);
            table.Add(Scenario, $"{label}: deferred, then edited", runs.Select(x => (double)x.Deferred).ToList(), Count);
            table.Add(Scenario, $"{label}: 10062 / no answer", runs.Select(x => (double)x.Expired).ToList(), Count, Budget.Below("0", 0));
            table.Add(Scenario, $"{label}: not stored (recorded - stored)", runs.Select(x => (double)(x.Recorded - x.Stored)).ToList(), Count, Budget.Below("0", 0));
        }
    }

    /// <summary>A fresh bot and database (on <paramref name="postgresServer"/> when given): a warm-up, then <see cref="BenchSettings.Runs"/> bursts at <paramref name="rate"/>.</summary>
    internal static async Task<List<BurstRun>> MeasureAsync(BenchSettings settings, int rate, (string Key, string Value) setting, string? postgresServer = null)
    {
        await using var world = await BenchWorld.CreateAsync(postgresServer: postgresServer);
        var discord = world.Discord;
        var guild = discord.CreateGuild("Batch");
        var channel = discord.CreateTextChannel(guild, "drills");
        var (drill, position) = BenchWorld.FirstChoiceDrill("async");
        var choice = (ChoiceAnswer)drill.Answer;
        var wrong = choice.Options.First(o => o.Letter != choice.Correct).Letter;
        await world.Db.MigrateAsync();
        Seed.Groups(world.Db, [(guild.Id, channel.Id)], "async", _ => position, Clock);

        await using var bot = world.StartBot(Clock, 50, [setting]);
        await bot.WaitArmedAsync(TimeSpan.FromSeconds(60));
        await discord.WaitForMessageAsync(m => m.ChannelId == channel.Id && m.Source == MessageSource.ChannelPost, TimeSpan.FromSeconds(30));
        var created = 0;
        List<FakeUser> NewMembers(int count) => Enumerable.Range(0, count).Select(_ => discord.CreateMember(guild, $"b{created++}")).ToList();
        Task<InteractionResult> Predict(FakeUser member, int i) =>
            discord.SendSlashCommandAsync(member, channel, "predict", CommandOption.String("answer", (i % 2 == 0 ? choice.Correct : wrong).ToString()));

        var warm = NewMembers(settings.Quick ? 1_500 : 3_000);
        await LoadDriver.OpenLoopAsync(500, warm.Count, i => Predict(warm[i], i));
        discord.ClearRecords();
        var phase = new BurstPhase(world.Db, bot, NewMembers, Predict);
        var runs = new List<BurstRun>();
        for (var run = 0; run < settings.Runs; run++)
        {
            runs.Add(await phase.RunAsync(rate, settings.BurstDuration, settings.MaxInFlight));
            discord.ClearRecords();
        }

        return runs;
    }
}
