namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// How long this process was starved while it watched: a 20 ms timer in a loop, adding up every lateness over 100 ms.
/// The fake Discord runs in this process, so a stall here means it read requests late, in a bunch.
/// </summary>
internal sealed class StallWatch : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Late = TimeSpan.FromMilliseconds(100);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long stalledTicks;
    private long longestTicks;

    public StallWatch() => loop = Task.Run(WatchAsync);

    public TimeSpan Stalled => TimeSpan.FromTicks(Interlocked.Read(ref stalledTicks));

    /// <summary>The longest single stall.</summary>
    public TimeSpan Longest => TimeSpan.FromTicks(Interlocked.Read(ref longestTicks));

    public void Dispose()
    {
        stop.Cancel();
        loop.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        stop.Dispose();
    }

    private async Task WatchAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var start = TimeProvider.System.GetTimestamp();
            try
            {
                await Task.Delay(Tick, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var late = TimeProvider.System.GetElapsedTime(start) - Tick;
            if (late > Late)
            {
                Interlocked.Add(ref stalledTicks, late.Ticks);
                if (late.Ticks > Interlocked.Read(ref longestTicks))
                {
                    Interlocked.Exchange(ref longestTicks, late.Ticks);
                }
            }
        }
    }
}
