using System.Diagnostics;
using System.Runtime.InteropServices;
using Drills.Benchmarks.Report;
using Drills.Benchmarks.Scenarios;

namespace Drills.Benchmarks;

/// <summary>Runs the chosen scenarios in order and prints one table; a failing scenario is reported and the rest still run.</summary>
internal static class BenchRunner
{
    public static async Task<int> RunAsync(BenchSettings settings)
    {
        IScenario[] scenarios = [new BurstScenario(), new BatchScenario(), new ProvidersScenario(), new RedoScenario(), new GroupsScenario(), new DataScenario(), new StartupScenario(), new ChartsScenario(), new SoakScenario()];
        var table = new ResultTable();
        Driver.BenchWorld.Keep = settings.Keep;
        var watch = Stopwatch.StartNew();
        var failed = 0;
        var header = $"Drills benchmarks ({(settings.Quick ? "quick" : "full")}, {settings.Runs} run(s) per measure): "
            + $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";
        await Console.Error.WriteLineAsync(header);
        foreach (var scenario in scenarios.Where(s => settings.Only.Contains(s.Name)))
        {
            if (watch.Elapsed > settings.Deadline)
            {
                table.AddNote(scenario.Name, "skipped", $"the benchmark's deadline ({settings.Deadline.TotalMinutes} min) has passed");
                continue;
            }

            await Console.Error.WriteLineAsync($"[{watch.Elapsed:mm\\:ss}] {scenario.Name}");
            try
            {
                await scenario.RunAsync(settings, table);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                table.AddNote(scenario.Name, "FAILED", $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(header);
        Console.WriteLine($"Total time {watch.Elapsed:mm\\:ss}. Latencies: the fake Discord's InteractionResult.Latency (INTERACTION_CREATE leaving it to the callback arriving).");
        Console.WriteLine();
        table.Print(Console.Out);
        if (settings.ComparePath is { } old)
        {
            Console.WriteLine();
            ResultJson.Compare(ResultJson.Read(old), table, Console.Out);
        }

        if (settings.JsonPath is { } path)
        {
            ResultJson.Write(path, header, table);
            await Console.Error.WriteLineAsync($"Results written to {path}");
        }

        return failed == 0 ? 0 : 1;
    }
}
