using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests;

/// <summary>
/// The one send limiter, on a fake clock: the gateway's 115 events per 60 s (a sliding window: a slot frees
/// when the send that took it is 60 s old, not at a fixed minute boundary); the REST global limit as 5 per
/// 102 ms (never over 50 in a second, the 51st 20 ms after the first one's second); a pause (global 429) holding everyone; a cancelled wait
/// taking no slot.
/// </summary>
public sealed class SlidingWindowLimiterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GatewayLimit_115PerMinute_SlotsFreeAsEachSendTurns60SecondsOld()
    {
        var limiter = SendLimits.Gateway(time, new DiscordOptions());
        var start = time.GetUtcNow();
        var sent = new List<TimeSpan>();
        for (var i = 0; i < 115 + 20; i++)
        {
            if (i == 100)
            {
                time.Advance(TimeSpan.FromSeconds(30)); // 100 at 0 s, 15 at 30 s
            }

            await AcquireAsync(limiter);
            sent.Add(time.GetUtcNow() - start);
        }

        Assert.All(sent.Take(100), t => Assert.Equal(TimeSpan.Zero, t));
        Assert.All(sent.Skip(100).Take(15), t => Assert.Equal(TimeSpan.FromSeconds(30), t));
        Assert.All(sent.Skip(115), t => Assert.Equal(TimeSpan.FromSeconds(60), t)); // the 100 of 0 s free together
    }

    [Fact]
    public async Task GlobalLimit_NeverMoreThan50InASecond_The51stGoes20MsAfterTheFirstOnesSecond()
    {
        var limiter = SendLimits.Global(time, 50);
        var start = time.GetUtcNow();
        var sent = new List<TimeSpan>();
        for (var i = 0; i < 150; i++)
        {
            await AcquireAsync(limiter);
            sent.Add(time.GetUtcNow() - start);
        }

        Assert.All(sent, t => Assert.True(sent.Count(u => u >= t && u - t < TimeSpan.FromSeconds(1)) <= 50, $"over 50 in the second from {t}"));
        Assert.Equal(TimeSpan.FromMilliseconds(1020), sent[50]);
        Assert.Equal(TimeSpan.FromMilliseconds(2040), sent[100]); // no drift: the whole allowance is used
    }

    [Fact]
    public async Task Pause_HoldsEveryone_UntilItEnds()
    {
        var limiter = new SlidingWindowLimiter(time, 1000, TimeSpan.FromSeconds(1));
        await AcquireAsync(limiter);
        var start = time.GetUtcNow();

        limiter.PauseFor(TimeSpan.FromSeconds(2));
        limiter.PauseFor(TimeSpan.FromSeconds(1)); // a shorter pause does not cut the longer one
        await AcquireAsync(limiter);

        Assert.Equal(TimeSpan.FromSeconds(2), time.GetUtcNow() - start);
    }

    [Fact]
    public async Task CancelledWait_TakesNoSlot()
    {
        var limiter = new SlidingWindowLimiter(time, 1, TimeSpan.FromSeconds(1));
        await AcquireAsync(limiter);
        var start = time.GetUtcNow();
        using var cancel = new CancellationTokenSource();

        var cancelled = limiter.WaitAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await AcquireAsync(limiter);

        Assert.Equal(TimeSpan.FromSeconds(1), time.GetUtcNow() - start);
    }

    /// <summary>Waits for a slot, moving the clock 1 ms at a time while the limiter holds the caller.</summary>
    private async Task AcquireAsync(SlidingWindowLimiter limiter)
    {
        var wait = limiter.WaitAsync(CancellationToken.None);
        for (var steps = 0; !wait.IsCompleted; steps++)
        {
            Assert.True(steps < 120_000, "held for over two minutes of fake time");
            time.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Yield();
        }

        await wait;
    }
}
