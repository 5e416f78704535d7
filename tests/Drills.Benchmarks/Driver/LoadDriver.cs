using System.Diagnostics;
using Drills.FakeDiscord;

namespace Drills.Benchmarks.Driver;

/// <summary>
/// Sends interactions at an offered rate (open loop: the schedule does not wait for answers, as members do not
/// wait for each other) or as fast as answers come back (closed loop with a fixed number in flight).
/// Every loop is bounded in count and in time.
/// </summary>
internal static class LoadDriver
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(10);

    /// <summary>Sends <paramref name="count"/> interactions, the i-th at i / <paramref name="rate"/> seconds.</summary>
    public static async Task<LoadResult> OpenLoopAsync(int rate, int count, Func<int, Task<InteractionResult>> send)
    {
        var watch = Stopwatch.StartNew();
        var samples = new Sample[count];
        var tasks = new List<Task>(count);
        var limit = TimeSpan.FromSeconds((double)count / rate) + Drain;
        var sent = 0;
        while (sent < count && watch.Elapsed < limit)
        {
            var due = Math.Min(count, (int)(watch.Elapsed.TotalSeconds * rate) + 1);
            for (; sent < due; sent++)
            {
                tasks.Add(RunOneAsync(sent, watch, send, samples));
            }

            if (sent < count)
            {
                await Task.Delay(1);
            }
        }

        var sendTime = watch.Elapsed;
        await WaitAllAsync(tasks, Drain);
        return new LoadResult(samples.Take(sent).ToArray(), sendTime, watch.Elapsed);
    }

    /// <summary>Keeps <paramref name="inFlight"/> interactions outstanding until <paramref name="count"/> or <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> ClosedLoopAsync(int inFlight, int count, TimeSpan duration, Func<int, Task<InteractionResult>> send)
    {
        var watch = Stopwatch.StartNew();
        var samples = new Sample[count];
        var next = -1;
        var workers = Enumerable.Range(0, inFlight).Select(async _ =>
        {
            int i;
            while (watch.Elapsed < duration && (i = Interlocked.Increment(ref next)) < count)
            {
                await RunOneAsync(i, watch, send, samples);
            }
        }).ToList();
        await WaitAllAsync(workers, duration + Drain);
        var sent = Math.Min(count, Volatile.Read(ref next) + 1);
        return new LoadResult(samples.Take(sent).ToArray(), watch.Elapsed, watch.Elapsed);
    }

    /// <summary>Waits for the answers, but not beyond <paramref name="timeout"/>: a missing answer counts as an error.</summary>
    private static async Task WaitAllAsync(IEnumerable<Task> tasks, TimeSpan timeout)
    {
        try
        {
            await Task.WhenAll(tasks).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // Reported: the samples of unfinished sends stay empty.
        }
    }

    private static async Task RunOneAsync(int index, Stopwatch watch, Func<int, Task<InteractionResult>> send, Sample[] samples)
    {
        var sentAt = watch.Elapsed;
        try
        {
            var result = await send(index);
            samples[index] = new Sample(sentAt, watch.Elapsed, result, null);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException)
        {
            samples[index] = new Sample(sentAt, watch.Elapsed, null, e.Message);
        }
    }
}

/// <summary>One interaction: when it was sent and answered (driver clock), and what the fake saw.</summary>
internal sealed record Sample(TimeSpan SentAt, TimeSpan DoneAt, InteractionResult? Result, string? Failure);

/// <summary>The samples of one load run and how long sending and the whole run took.</summary>
internal sealed record LoadResult(IReadOnlyList<Sample> Samples, TimeSpan SendTime, TimeSpan Total)
{
    public IEnumerable<InteractionResult> Answered => Samples.Where(s => s?.Result is { Acknowledged: true }).Select(s => s.Result!);

    /// <summary>Latencies (ms) the fake measured: INTERACTION_CREATE leaving it to the callback arriving.</summary>
    public IReadOnlyList<double> LatenciesMs => Answered.Where(r => r.Latency is not null).Select(r => r.Latency!.Value.TotalMilliseconds).ToList();

    /// <summary>Callbacks per second from the first send to the last answer.</summary>
    public double CallbacksPerSecond
    {
        get
        {
            var answered = Samples.Where(s => s?.Result is { Acknowledged: true }).ToList();
            if (answered.Count < 2)
            {
                return 0;
            }

            var span = answered.Max(s => s.DoneAt) - answered.Min(s => s.SentAt);
            return answered.Count / span.TotalSeconds;
        }
    }
}
