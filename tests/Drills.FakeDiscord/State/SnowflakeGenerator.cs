namespace Drills.FakeDiscord.State;

/// <summary>Unique, increasing snowflakes: (ms since Discord epoch 2015-01-01) &lt;&lt; 22 | counter.</summary>
internal sealed class SnowflakeGenerator(TimeProvider time)
{
    private const long DiscordEpochMs = 1420070400000;
    private long _last;

    public ulong Next()
    {
        var fromClock = (time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs) << 22;
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(last + 1, fromClock);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return (ulong)next;
            }
        }
    }
}
