using Drills.FakeDiscord;
using Xunit.Abstractions;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// Discord's global limit is 50 requests/s per token, across every process. Three real processes, each with
/// <c>Discord:GlobalRateShare</c> 16 (50 / 3, rounded down), fan out redo digests at once: the fake (one budget for
/// the token, fixed 1-second windows) answers no global 429, and together they send at least 90% of 50/s.
/// </summary>
/// <remarks>
/// The rate is judged only over a window the machine did not distort. At 47/s the fake sees a request every ~21 ms;
/// if the three processes together let more than 10% of the window pass in gaps over 100 ms (no request from any of
/// them for a tenth of a second while work remained), a scheduler starved them and the rate says nothing about the
/// limiter: the test then prints why, and allows at most 1% global 429s (starved processes send their paced requests
/// in bunches when they wake), instead of none. Each share's own pacing (one request per
/// 1.02 / 16 s) is checked exactly on a fake clock in the Discord tests.
/// </remarks>
[Collection(MultiProcessTests.Name)]
public sealed class GlobalLimitTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Due = ProcessWorld.Start.AddMinutes(1);

    [MultiProcessFact]
    public async Task ThreeProcessesFanningOutAtOnce_NoGlobal429_AtLeast90PercentOf50PerSecond()
    {
        await using var world = await ProcessWorld.CreateAsync(output);
        var members = await world.SeedRedoAsync(600, itemsEach: 1, Due);
        var bots = await world.StartAllAsync(ProcessWorld.Start);
        var before = world.Discord.Requests.Count;

        await ProcessWorld.AdvanceAllAsync(bots, Due.AddSeconds(30));
        await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count == members.Count, "a digest for every member");

        // The fan-out's requests (all count against the global limit), from the first to the last DM.
        var sent = world.Discord.Requests.Skip(before).Where(r => r.Status != 429 && r.Route is not null).Select(r => r.Timestamp).Order().ToList();
        var window = sent[^1] - sent[0];
        var rate = (sent.Count - 1) / window.TotalSeconds;
        var stalls = sent.Zip(sent.Skip(1), (a, b) => b - a).Where(gap => gap > TimeSpan.FromMilliseconds(100)).ToList();
        var stalled = stalls.Aggregate(TimeSpan.Zero, (sum, gap) => sum + gap);
        var distorted = stalled > window * 0.10;
        output.WriteLine($"3 processes x 16/s: {sent.Count} requests in {window.TotalSeconds:0.00} s = {rate:0.0}/s ({rate / 50:P0} of 50/s), " +
                         $"global 429s {world.Discord.GlobalRateLimitedCount}, gaps over 100 ms: {stalls.Count} totalling {stalled.TotalMilliseconds:0} ms " +
                         $"({stalled / window:P0} of the window){(distorted ? ": the machine starved the processes, rate not judged" : "")}");

        Assert.Equal(members.Count, world.DmsPerMember().Count);
        Assert.True(rate <= 50.5, $"the processes together sent {rate:0.0}/s, over Discord's 50/s");
        if (!distorted)
        {
            Assert.Equal(0, world.Discord.GlobalRateLimitedCount);
            Assert.True(rate >= 45, $"the processes together sent only {rate:0.0}/s, under 90% of 50/s");
        }
        else
        {
            // A starved process sends the requests it was paced for in a bunch when it wakes, and the fake (starved
            // too) reads several processes' bunches at once: a rare 429 then says nothing about the pacing.
            Assert.True(world.Discord.GlobalRateLimitedCount <= sent.Count / 100, $"{world.Discord.GlobalRateLimitedCount} global 429s even allowing for a starved machine");
        }

        Assert.Empty(world.Discord.Violations);
    }
}
