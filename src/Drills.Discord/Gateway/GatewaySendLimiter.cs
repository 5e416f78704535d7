namespace Drills.Discord;

/// <summary>
/// Discord allows 120 sent events per 60 s per connection; this client keeps some headroom (docs/discord.md
/// "Gateway limits"): a sliding window over the send times of one connection. A new connection gets a new limiter.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WaitAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= window)
                {
                    sent.Dequeue();
                }

                if (sent.Count < Math.Max(1, limit))
                {
                    sent.Enqueue(now);
                    return;
                }

                await Task.Delay(sent.Peek() + window - now, time, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
