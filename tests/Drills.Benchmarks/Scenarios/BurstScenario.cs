using System.Text.Json;
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

        // Warm-up (JIT, pools) before anything is measured.
        var warm = NewMembers(settings.Quick ? 1_500 : 3_000);
        await LoadDriver.OpenLoopAsync(500, warm.Count, i => Predict(warm[i], i));
        await Task.Delay(TimeSpan.FromSeconds(2));
        discord.ClearRecords();

        var seconds = settings.BurstDuration.TotalSeconds;
        foreach (var rate in settings.BurstRates.Cast<int?>().Append(null))
        {
            var runs = new List<BurstRun>();
            for (var run = 0; run < settings.Runs; run++)
            {
                var count = (int)((rate ?? 3_000) * seconds);
                var members = NewMembers(count);
                var storedBefore = world.Db.Scalar("SELECT COUNT(*) FROM Predictions");
                await using var sampler = new WorkingSetSampler(bot);
                var load = rate is { } r
                    ? await LoadDriver.OpenLoopAsync(r, count, i => Predict(members[i], i))
                    : await LoadDriver.ClosedLoopAsync(settings.MaxInFlight, count, settings.BurstDuration, i => Predict(members[i], i));
                // Answers that came too late are still being stored: wait (bounded) until the bot has caught up.
                long stored = 0;
                await Poll.UntilAsync(() => (stored = world.Db.Scalar("SELECT COUNT(*) FROM Predictions") - storedBefore) >= load.Samples.Count, TimeSpan.FromSeconds(15), 500);
                runs.Add(new BurstRun(load, stored, sampler.PeakBytes, sampler.CpuCores));
                discord.ClearRecords();
                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            Report(table, rate, runs, settings.MaxInFlight);
        }

        table.Add(Scenario, "Discord rule violations", [discord.Violations.Count], Count, Budget.Below("0", 0));
        table.Add(Scenario, "bot warnings / errors logged", [bot.Warnings + bot.Errors], Count);
        foreach (var problem in bot.Problems.Take(3))
        {
            table.AddNote(Scenario, "bot log line", problem);
        }
    }

    private static void Report(ResultTable table, int? rate, List<BurstRun> runs, int inFlight)
    {
        var label = rate is { } r ? $"{r:N0}/s offered" : $"max ({inFlight} in flight)";
        table.Add(Scenario, $"{label}: sent", runs.Select(x => (double)x.Load.Samples.Count).ToList(), Count);
        table.Add(Scenario, $"{label}: callbacks/s", runs.Select(x => x.Load.CallbacksPerSecond).ToList(), PerSecond,
            rate is { } offered ? Budget.Reference($"{offered}/s offered", offered) : null);
        table.Add(Scenario, $"{label}: latency p50", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 50)).ToList(), Ms);
        table.Add(Scenario, $"{label}: latency p99", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 99)).ToList(), Ms,
            rate == 1000 ? Budget.Below("< 50 ms", 50) : null);
        table.Add(Scenario, $"{label}: latency max", runs.Select(x => Stats.Percentile(x.Load.LatenciesMs, 100)).ToList(), Ms,
            Budget.Below("< 3 s (Discord)", 3000));
        table.Add(Scenario, $"{label}: errors", runs.Select(x => (double)Errors(x.Load)).ToList(), Count, Budget.Below("0", 0));
        table.Add(Scenario, $"{label}: not stored (sent - stored)", runs.Select(x => (double)(x.Load.Samples.Count - x.Stored)).ToList(), Count, Budget.Below("0", 0));
        table.Add(Scenario, $"{label}: bot working set, peak", runs.Select(x => x.PeakWorkingSet / 1048576.0).ToList(), Mb);
        table.Add(Scenario, $"{label}: bot CPU (cores of {Environment.ProcessorCount})", runs.Select(x => x.CpuCores).ToList(),
            v => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>No answer, a refused callback, or an answer that is not a recorded prediction's result.</summary>
    private static int Errors(LoadResult load) => load.Samples.Count(s => s?.Result is not { Acknowledged: true } r || !IsRecorded(r));

    private static bool IsRecorded(InteractionResult r) =>
        r.Data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0
        && embeds[0].TryGetProperty("title", out var t) && t.GetString() is { } title
        && (title.StartsWith("✅", StringComparison.Ordinal) || title.StartsWith("❌", StringComparison.Ordinal) || title.StartsWith("🟡", StringComparison.Ordinal));

    private sealed record BurstRun(LoadResult Load, long Stored, long PeakWorkingSet, double CpuCores);
}
