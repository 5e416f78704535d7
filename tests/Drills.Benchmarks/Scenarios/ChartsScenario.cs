using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Drills.Benchmarks.Child;
using Drills.Benchmarks.Report;
using static Drills.Benchmarks.Report.ResultTable;

namespace Drills.Benchmarks.Scenarios;

/// <summary>
/// 6. Charts: rendering a member's chart and a group's week in process (<see cref="ChartsChild"/>, a fresh process
/// per run). Budget: a chart adds less than 50 ms p99 to its reply. Reported beside it: the first render (loads
/// ScottPlot, SkiaSharp and the font), the memory that loading and one render of each chart add (the bot's idle
/// budget is 100 MB), and what 400 further renders add.
/// </summary>
internal sealed class ChartsScenario : IScenario
{
    private const string Scenario = "charts";

    public string Name => Scenario;

    public async Task RunAsync(BenchSettings settings, ResultTable table)
    {
        var runs = new List<IReadOnlyDictionary<string, double>>();
        for (var i = 0; i < settings.Runs; i++)
        {
            runs.Add(await RunChildAsync());
        }

        List<double> Of(string key) => [.. runs.Select(r => r[key])];
        List<double> Mb(string from, string to, string kind) => [.. runs.Select(r => (r[$"{to}_{kind}"] - r[$"{from}_{kind}"]) / 1048576.0)];

        table.Add(Scenario, "ScottPlot/SkiaSharp loaded before the first chart (renderer resolved, font found)", Of("drawing_libraries_loaded_before_first_chart"), Count, Budget.Below("0", 0));
        table.Add(Scenario, "first render of each chart (loads ScottPlot, Skia, font)", [.. runs.Select(r => r["first_member_ms"] + r["first_week_ms"])], Ms);
        table.Add(Scenario, $"member chart: render p50 ({ChartsChild.Renders} after {ChartsChild.WarmUp} warm-up)", Of("member_p50_ms"), Ms);
        table.Add(Scenario, "member chart: render p99", Of("member_p99_ms"), Ms, Budget.Below("< 50 ms", 50));
        table.Add(Scenario, "member chart: render max", Of("member_max_ms"), Ms);
        table.Add(Scenario, "member chart: render CPU time p50 (this thread; load does not inflate it)", Of("member_cpu_p50_ms"), Ms);
        table.Add(Scenario, "member chart: render CPU time p99", Of("member_cpu_p99_ms"), Ms, Budget.Below("< 50 ms", 50));
        table.Add(Scenario, "group week: render p50", Of("week_p50_ms"), Ms);
        table.Add(Scenario, "group week: render p99", Of("week_p99_ms"), Ms, Budget.Below("< 50 ms", 50));
        table.Add(Scenario, "group week: render CPU time p50", Of("week_cpu_p50_ms"), Ms);
        table.Add(Scenario, "group week: render CPU time p99", Of("week_cpu_p99_ms"), Ms, Budget.Below("< 50 ms", 50));
        table.Add(Scenario, "working set added by loading + first renders", Mb("before", "after_first", "ws"), ResultTable.Mb);
        table.Add(Scenario, "private bytes added by loading + first renders", Mb("before", "after_first", "private"), ResultTable.Mb);
        table.Add(Scenario, "working set added by warm-up (40 renders)", Mb("after_first", "after_warmup", "ws"), ResultTable.Mb);
        table.Add(Scenario, $"working set added by {2 * ChartsChild.Renders} more renders", Mb("after_warmup", "after_renders", "ws"), ResultTable.Mb);
        table.Add(Scenario, $"managed heap added by {2 * ChartsChild.Renders} more renders", Mb("after_warmup", "after_renders", "managed"), ResultTable.Mb);
        table.Add(Scenario, $"working set added in all (loading + {2 * (ChartsChild.WarmUp + ChartsChild.Renders + 1)} renders)", Mb("before", "after_renders", "ws"), ResultTable.Mb);
        table.Add(Scenario, "... and after the charts' release and malloc_trim (as the bot's IdleMemory does when quiet)", Mb("before", "after_trim", "ws"), ResultTable.Mb);
        table.Add(Scenario, "working set after all renders (whole process)", [.. runs.Select(r => r["after_renders_ws"] / 1048576.0)], ResultTable.Mb);
    }

    private static async Task<IReadOnlyDictionary<string, double>> RunChildAsync()
    {
        var info = new ProcessStartInfo { FileName = Environment.ProcessPath!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(info.FileName) == "dotnet")
        {
            info.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        info.ArgumentList.Add(ChartsChild.Mode);
        using var child = Process.Start(info) ?? throw new InvalidOperationException("could not start the charts process");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = child.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = child.StandardError.ReadToEndAsync(timeout.Token);
        await child.WaitForExitAsync(timeout.Token);
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"charts process exited {child.ExitCode}: {await errors}");
        }

        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
    }
}
