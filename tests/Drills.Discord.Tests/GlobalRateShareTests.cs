using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Drills.Discord.Tests;

/// <summary>
/// Discord's global limit is 50 requests/s per token, across every process (docs/discord.md "Rate limits"). Each of N
/// processes takes a share, <c>Discord:GlobalRateShare</c> = 50 / N rounded down, sent one request per 1.02 / share
/// seconds. On a fake clock, with every process sending as fast as its limiter lets it: no second (sliding, so
/// stricter than Discord's windows) holds more than 50 requests of all of them together, and together they send at
/// least 90% of 50/s. The usual burst of a tenth of the limit would not do for a share.
/// </summary>
public sealed class GlobalRateShareTests(ITestOutputHelper output)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(2, 25)]
    [InlineData(3, 16)]
    [InlineData(5, 10)]
    public async Task Shares_NeverAddUpPast50InAnySecond_AndReach90Percent(int processes, int share)
    {
        Assert.Equal(50 / processes, share);
        var sent = await RunAsync(Enumerable.Range(0, processes).Select(_ => SendLimits.Global(time, share, share: true)).ToList(), TimeSpan.FromSeconds(10));

        var all = sent.SelectMany(s => s).Order().ToList();
        Assert.True(MostInOneSecond(all) <= 50, $"{MostInOneSecond(all)} requests in one second from {processes} processes");
        Assert.All(sent, own => Assert.True(MostInOneSecond(own) <= share, $"a process sent {MostInOneSecond(own)} in a second, over its share {share}"));
        var rate = (all.Count - 1) / (all[^1] - all[0]).TotalSeconds;
        output.WriteLine($"{processes} processes x {share}/s: {rate:0.0}/s together ({rate / 50:P0} of 50/s), at most {MostInOneSecond(all)} in any second");
        Assert.True(rate >= 45, $"{processes} processes x {share}/s sent only {rate:0.0}/s together");
    }

    [Fact]
    public async Task ATenthOfAShare_WouldPut26InSomeSecond()
    {
        // 25 / 10 rounds to a burst of 2 per 81.6 ms: 13 bursts start within one second.
        var sent = await RunAsync([SendLimits.Global(time, 25)], TimeSpan.FromSeconds(5));

        Assert.Equal(26, MostInOneSecond(sent[0]));
    }

    /// <summary>Every limiter sends as fast as it may for <paramref name="span"/> of fake time, moved 1 ms at a time; the send times of each.</summary>
    private async Task<List<List<TimeSpan>>> RunAsync(List<SlidingWindowLimiter> limiters, TimeSpan span)
    {
        var start = time.GetUtcNow();
        var sent = limiters.Select(_ => new List<TimeSpan>()).ToList();
        var waits = limiters.Select(l => l.WaitAsync(CancellationToken.None)).ToArray();
        while (time.GetUtcNow() - start < span)
        {
            for (var i = 0; i < limiters.Count; i++)
            {
                while (waits[i].IsCompleted)
                {
                    await waits[i];
                    sent[i].Add(time.GetUtcNow() - start);
                    waits[i] = limiters[i].WaitAsync(CancellationToken.None);
                }
            }

            time.Advance(TimeSpan.FromMilliseconds(1));
            await Task.Yield();
        }

        return sent;
    }

    private static int MostInOneSecond(List<TimeSpan> sends) =>
        sends.Max(t => sends.Count(u => u >= t && u - t < TimeSpan.FromSeconds(1)));
}
