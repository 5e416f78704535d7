namespace Drills.Benchmarks.Driver;

/// <summary>Waits for a condition by polling gently (the bot under test shares the cores), bounded in time.</summary>
internal static class Poll
{
    /// <summary>True when <paramref name="condition"/> held within <paramref name="timeout"/>.</summary>
    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout, int intervalMs = 200)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(start) > timeout)
            {
                return false;
            }

            await Task.Delay(intervalMs);
        }

        return true;
    }
}
