using Drills.Bot.Charts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Drills.Bot.Hosting;

/// <summary>
/// Hands memory back to the system when the bot goes quiet. A burst of predictions leaves the GC holding tens of
/// megabytes it committed for the burst, and an idle bot never allocates enough to trigger the collection that
/// would release them (PRODUCT.md budget: idle memory under 100 MB). Every <see cref="Interval"/> it looks at what
/// was allocated: after real work followed by a quiet interval, one full compacting collection (a few ms on this
/// heap). Start-up is such work too; the scheduler asks for <see cref="Release"/> after its first round, and that
/// release counts here as well (no second collection for the same garbage). Charts' native memory (a spare canvas,
/// Skia's glyph and resource caches) goes back first, so the trim can return its pages.
/// </summary>
internal sealed partial class IdleMemory(TimeProvider time, ILogger<IdleMemory> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>Allocation in one interval below which the bot counts as quiet.</summary>
    private const long QuietBytes = 2 << 20;

    /// <summary>Allocation since the last collection that makes one worth doing.</summary>
    private const long WorkBytes = 16 << 20;

    /// <summary><see cref="GC.GetTotalAllocatedBytes"/> at the last release, whoever asked for it.</summary>
    private static long releasedAt;

    /// <summary>Whether to release now, from the bytes allocated during the last interval and since the last release.</summary>
    internal static bool IsQuietAfterWork(long lastInterval, long sinceRelease) => lastInterval < QuietBytes && sinceRelease > WorkBytes;

    public static void Release()
    {
        ChartRenderer.ReleaseMemory();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
        Volatile.Write(ref releasedAt, GC.GetTotalAllocatedBytes());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        var lastCheck = GC.GetTotalAllocatedBytes();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = GC.GetTotalAllocatedBytes();
                if (IsQuietAfterWork(now - lastCheck, now - Volatile.Read(ref releasedAt)))
                {
                    var before = Environment.WorkingSet;
                    Release();
                    LogReleased((before - Environment.WorkingSet) >> 20);
                }

                lastCheck = GC.GetTotalAllocatedBytes();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Quiet after work: released {ReleasedMb} MB of memory")]
    private partial void LogReleased(long releasedMb);
}
