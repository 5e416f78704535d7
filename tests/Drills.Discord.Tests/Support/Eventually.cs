namespace Drills.Discord.Tests.Support;

/// <summary>Polls a condition on the real clock (scenarios run over real sockets).</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var start = TimeProvider.System.GetTimestamp();
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(start) > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0.#} s waiting for: {what}");
            }

            await Task.Delay(10);
        }
    }
}
