namespace Drills.Discord;

/// <summary>PROTOCOL.md "Reconnect backoff: 1 s doubling to 60 s with jitter" (jitter: x0.8 to x1.2).</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan min, TimeSpan max)
    {
        var full = min * Math.Pow(2, Math.Min(failures, 30));
        if (full > max)
        {
            full = max;
        }

        return full * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }
}
