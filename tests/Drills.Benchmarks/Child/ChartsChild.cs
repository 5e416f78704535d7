using System.Diagnostics;
using System.Globalization;
using Drills.Benchmarks.Driver;
using Drills.Benchmarks.Report;
using Drills.Bot.Charts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Benchmarks.Child;

/// <summary>
/// Chart rendering in a fresh process, so its memory is its own: memory before any chart (runtime and DI only),
/// the first render of each chart (loads ScottPlot, SkiaSharp's native library and the font), memory after it,
/// then <see cref="Renders"/> timed renders of each chart after <see cref="WarmUp"/> untimed ones, and memory
/// after those. Prints <c>name value</c> lines on stdout for <see cref="Scenarios.ChartsScenario"/>.
/// </summary>
internal static partial class ChartsChild
{
    public const string Mode = "charts";
    public const int WarmUp = 20;
    public const int Renders = 200;

    public static int Run()
    {
        var renderer = new ServiceCollection().AddLogging()
            .AddCharts(new ConfigurationBuilder().Build())
            .BuildServiceProvider()
            .GetRequiredService<ChartRenderer>();
        if (!renderer.CanRender)
        {
            Console.Error.WriteLine("no font for charts on this machine");
            return 1;
        }

        // Registering the renderer and finding the font must not load ScottPlot or SkiaSharp: a bot that draws no
        // chart keeps their memory.
        Print("drawing_libraries_loaded_before_first_chart", AppDomain.CurrentDomain.GetAssemblies().Count(a => a.GetName().Name is "ScottPlot" or "SkiaSharp"));
        var (member, week) = (Member(), Week());
        Print("before", Memory());

        var first = Stopwatch.StartNew();
        var bytes = renderer.RenderMember(member)!.Content.Length;
        Print("first_member_ms", first.Elapsed.TotalMilliseconds);
        first.Restart();
        bytes += renderer.RenderGroupWeek(week)!.Content.Length;
        Print("first_week_ms", first.Elapsed.TotalMilliseconds);
        Print("after_first", Memory());

        for (var i = 0; i < WarmUp; i++)
        {
            renderer.RenderMember(member);
            renderer.RenderGroupWeek(week);
        }

        Print("after_warmup", Memory());
        var (memberMs, memberCpu) = Time(() => renderer.RenderMember(member));
        var (weekMs, weekCpu) = Time(() => renderer.RenderGroupWeek(week));
        Print("after_renders", Memory());

        // What the bot's IdleMemory does once it goes quiet after work: a compacting collection (in Memory) and
        // glibc's malloc_trim, after the charts' own release (spare canvas, Skia's caches), handing freed native pages back.
        ChartRenderer.ReleaseMemory();
        if (OperatingSystem.IsLinux())
        {
            _ = NativeMethods.malloc_trim(0);
        }

        Print("after_trim", Memory());
        Print("member_p50_ms", Stats.Median(memberMs));
        Print("member_p99_ms", Stats.Percentile(memberMs, 99));
        Print("member_max_ms", Stats.Percentile(memberMs, 100));
        Print("week_p50_ms", Stats.Median(weekMs));
        Print("week_p99_ms", Stats.Percentile(weekMs, 99));
        Print("member_cpu_p50_ms", Stats.Median(memberCpu));
        Print("member_cpu_p99_ms", Stats.Percentile(memberCpu, 99));
        Print("week_cpu_p50_ms", Stats.Median(weekCpu));
        Print("week_cpu_p99_ms", Stats.Percentile(weekCpu, 99));
        Print("png_bytes", bytes);
        return 0;
    }

    /// <summary>Wall time of each render, and its CPU time on this thread (Linux), which a loaded machine does not inflate.</summary>
    private static (List<double> Wall, List<double> Cpu) Time(Action render)
    {
        var (wall, cpu) = (new List<double>(Renders), new List<double>(Renders));
        for (var i = 0; i < Renders; i++)
        {
            var cpuStart = ThreadCpuMs();
            var watch = Stopwatch.StartNew();
            render();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add(ThreadCpuMs() - cpuStart);
        }

        return (wall, cpu);
    }

    private static double ThreadCpuMs() =>
        OperatingSystem.IsLinux() && NativeMethods.clock_gettime(ThreadCpuClock, out var t) == 0 ? (t.Seconds * 1e3) + (t.Nanoseconds / 1e6) : double.NaN;

    /// <summary>Working set, private bytes (Linux) and managed heap, after a full collection.</summary>
    private static (double WorkingSet, double Private, double Managed) Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return (self.WorkingSet64, ProcessMemory.PrivateBytes(self.Id) ?? double.NaN, GC.GetTotalMemory(forceFullCollection: false));
    }

    private static void Print(string name, (double WorkingSet, double Private, double Managed) memory)
    {
        Print(name + "_ws", memory.WorkingSet);
        Print(name + "_private", memory.Private);
        Print(name + "_managed", memory.Managed);
    }

    private static void Print(string name, double value) => Console.WriteLine($"{name} {value.ToString("R", CultureInfo.InvariantCulture)}");

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    private static partial class NativeMethods
    {
        [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
        public static partial int clock_gettime(int clock, out TimeSpec time);

        [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "malloc_trim")]
        public static partial int malloc_trim(nuint pad);
    }

    private static MemberChartData Member()
    {
        var monday = new DateOnly(2025, 9, 29);
        return new MemberChartData(
            [.. Enumerable.Range(0, 8).Select(i => new WeekAccuracy(monday.AddDays(7 * i), i == 3 ? 0 : 6, i == 3 ? 0 : 2 + (i % 4)))],
            [.. Enumerable.Range(0, 10).Select(i => new ConceptScore($"concept number {i} with a longer name", 3 + i, i % 4))]);
    }

    private static GroupWeekData Week()
    {
        var monday = new DateOnly(2025, 11, 17);
        return new GroupWeekData("Async study group", monday,
            [.. Enumerable.Range(0, 7).Select(i => new DayResult(monday.AddDays(i), i != 3, i == 3 ? 0 : 9 + i, i == 3 ? 0 : 3 + i))]);
    }
}
