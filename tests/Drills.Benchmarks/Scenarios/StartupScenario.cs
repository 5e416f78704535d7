using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// Start-up and idle memory of the operator's executable (<c>Drills.Bot</c>, system clock, console logging):
/// process start to the gateway's READY on a fresh folder (the database is created and migrated) and on a
/// restart; then its working set after sitting idle. Budget: idle memory under 100 MB. (The data scenario
/// repeats this with a million predictions in the database.)
/// </summary>
internal sealed class StartupScenario : IScenario
{
    private const string Scenario = "4 startup";

    public string Name => "startup";

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        var fresh = new List<double>();
        var restart = new List<double>();
        var idle = new List<double>();
        var own = new List<double>();
        var problems = 0;
        for (var run = 0; run < settings.Runs; run++)
        {
            await using var world = await BenchWorld.CreateAsync();
            for (var start = 0; start < 2; start++)
            {
                var identifies = world.Discord.IdentifyCount;
                await using var bot = world.StartProductionBot();
                await bot.WaitReadyOnFakeAsync(world.Discord, identifies, TimeSpan.FromSeconds(60));
                (start == 0 ? fresh : restart).Add(bot.ToGateway.TotalMilliseconds);
                if (start == 1)
                {
                    await Task.Delay(settings.IdleSettle);
                    idle.Add(bot.WorkingSet / 1048576.0);
                    if (bot.PrivateBytes is { } bytes)
                    {
                        own.Add(bytes / 1048576.0);
                    }
                }

                problems += bot.Warnings + bot.Errors;
            }
        }

        table.Add(Scenario, "Drills.Bot process start -> READY, fresh folder (DB created)", fresh, Ms);
        table.Add(Scenario, "Drills.Bot process start -> READY, restart", restart, Ms);
        table.Add(Scenario, $"Drills.Bot working set idle ({settings.IdleSettle.TotalSeconds:0} s after READY, empty DB)", idle, Mb, Budget.Below("< 100 MB", 100));
        table.Add(Scenario, "  of which private (anon + shmem: heap, JIT code; the rest is mapped files)", own, Mb);
        table.Add(Scenario, "Drills.Bot warnings / errors logged", [problems], Count, Budget.Below("0", 0));
    }
}
