namespace Drills.Discord;

/// <summary>
/// docs/discord.md "Reconnecting": 1 s doubling to 60 s, with jitter (x0.8 to x1.2) so that many clients cut
/// off together do not come back together. <paramref name="jitter"/> is a draw from [0, 1).
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan min, TimeSpan max, double jitter)
    {
        var full = min * Math.Pow(2, Math.Min(failures, 30));
        if (full > max)
        {
            full = max;
        }

        return full * (0.8 + (0.4 * jitter));
    }
}
