namespace Drills.Discord;

/// <summary>
/// Discord's Identify limit for the shards of one process (docs/discord.md "Identify"): one Identify per 5 s per
/// bucket, <c>shard_id % max_concurrency</c>. A shard takes its bucket's turn before it connects and holds it until
/// its Identify is sent (or the attempt fails); the next shard of the bucket identifies 5 s after that send.
/// Shards of different buckets identify together.
/// </summary>
internal sealed class IdentifyQueue(TimeProvider time, TimeSpan interval)
{
    private readonly Lock gate = new();
    private readonly Dictionary<int, SemaphoreSlim> turns = [];
    private readonly Dictionary<int, DateTimeOffset> lastSent = [];
    private int maxConcurrency = 1;

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Discord's <c>max_concurrency</c>, from <c>GET /gateway/bot</c>.</summary>
    public int MaxConcurrency
    {
        get => Volatile.Read(ref maxConcurrency);
        set => Volatile.Write(ref maxConcurrency, value);
    }

    /// <summary>Waits for the bucket of <paramref name="shardId"/>; dispose the turn once the Identify is sent.</summary>
    public async Task<IDisposable> WaitTurnAsync(int shardId, CancellationToken ct)
    {
        var bucket = shardId % Math.Max(1, MaxConcurrency);
        SemaphoreSlim turn;
        lock (gate)
        {
            turn = turns.TryGetValue(bucket, out var t) ? t : turns[bucket] = new SemaphoreSlim(1, 1);
        }

        await turn.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            DateTimeOffset? last;
            lock (gate)
            {
                last = lastSent.TryGetValue(bucket, out var l) ? l : null;
            }

            if (last is { } at && time.GetUtcNow() - at < interval)
            {
                await Task.Delay(at + interval - time.GetUtcNow(), time, ct).ConfigureAwait(false);
            }
        }
        catch
        {
            turn.Release();
            throw;
        }

        return new Turn(this, bucket, turn);
    }

    private sealed class Turn(IdentifyQueue queue, int bucket, SemaphoreSlim turn) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                lock (queue.gate)
                {
                    queue.lastSent[bucket] = queue.Now;
                }

                turn.Release();
            }
        }
    }
}
