using Drills.Benchmarks.Report;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 5. Providers side by side (<c>--provider postgres</c>): the 1,000/s prediction burst and the redo fan-out at
/// Discord's 50/s, each on SQLite and on PostgreSQL (a database of its own on the server named by
/// <c>--postgres</c> or DRILLS_TEST_POSTGRES), fresh bot and database each, in the same run.
/// </summary>
internal sealed class ProvidersScenario : IScenario
{
    private const string Scenario = "5 providers";
    private const int Rate = 1000;
    private const int Limit = 50;

    public string Name => "providers";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        if (settings.PostgresServer is null)
        {
            table.AddNote(Scenario, "skipped", "no PostgreSQL server: pass --postgres or set DRILLS_TEST_POSTGRES");
            return;
        }

        foreach (var (name, server) in new[] { ("SQLite", (string?)null), ("PostgreSQL", settings.PostgresServer) })
        {
            var burst = await BatchScenario.MeasureAsync(settings, Rate, ("Storage__MaxBatch", "64"), server);
            var label = $"{name}: {Rate:N0}/s offered";
            table.Add(Scenario, $"{label}: recorded/s", burst.Select(x => x.RecordedPerSecond).ToList(), PerSecond, Budget.Reference($"{Rate}/s offered", Rate));
            table.Add(Scenario, $"{label}: latency p50", burst.Select(x => Stats.Percentile(x.Load.LatenciesMs, 50)).ToList(), Ms);
            table.Add(Scenario, $"{label}: latency p99", burst.Select(x => Stats.Percentile(x.Load.LatenciesMs, 99)).ToList(), Ms, Budget.Below("< 50 ms", 50));
            table.Add(Scenario, $"{label}: busy / deferred / 10062", burst.Select(x => (double)(x.Busy + x.Deferred + x.Expired)).ToList(), Count);
            table.Add(Scenario, $"{label}: not stored (recorded - stored)", burst.Select(x => (double)(x.Recorded - x.Stored)).ToList(), Count, Budget.Below("0", 0));

            var redo = await RedoScenario.RunOnceAsync(settings, Limit, Limit, server);
            var fanOut = $"{name}: redo {settings.RedoMembers:N0} members, limit {Limit}/s";
            table.Add(Scenario, $"{fanOut}: DMs/s after the first second", [redo.DmsPerSecond], PerSecond, Budget.AtLeast($">= 90% of {Limit}/s", 0.9 * Limit, against: Limit));
            table.Add(Scenario, $"{fanOut}: total time (READY -> last DM)", [redo.Total.TotalSeconds], Seconds);
            table.Add(Scenario, $"{fanOut}: DMs lost / duplicated", [redo.Lost + redo.Duplicated], Count, Budget.Below("0", 0));
        }
    }
}
