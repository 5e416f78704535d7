namespace Drills.Benchmarks.Driver;

/// <summary>Samples the bot's working set and CPU time while a load runs: the peak and the share of one core used.</summary>
internal sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly BotProcess bot;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly TimeSpan cpuAtStart;
    private readonly long startTicks = TimeProvider.System.GetTimestamp();
    private long peak;

    public WorkingSetSampler(BotProcess bot)
    {
        this.bot = bot;
        cpuAtStart = bot.CpuTime;
        loop = RunAsync();
    }

    public long PeakBytes => Interlocked.Read(ref peak);

    /// <summary>The bot's CPU time over wall time since the start: 1.0 = one core busy.</summary>
    public double CpuCores => (bot.CpuTime - cpuAtStart) / TimeProvider.System.GetElapsedTime(startTicks);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task RunAsync()
    {
        // At most an hour of samples: the benchmark stops long before.
        for (var i = 0; i < 36_000 && !stop.IsCancellationRequested; i++)
        {
            var now = bot.WorkingSet;
            if (now > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, now);
            }

            await Task.Delay(100, stop.Token);
        }
    }
}
