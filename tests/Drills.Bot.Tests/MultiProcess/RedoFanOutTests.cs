using Drills.Bot.Redo;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// Redo digests fanned out by three real bot processes over one PostgreSQL database, against the fake Discord's
/// real global limit (50/s for the token, whoever sends). Each member is claimed with a lease before their DM, so
/// every member gets exactly one digest; each process sends a third of the limit (<c>Discord:GlobalRateShare</c> 16).
/// Then the same batch falls due again and one process is SIGKILLed mid fan-out: it holds its claims until the lease
/// ends, then the others send those digests (only a DM in flight at the kill can go twice). One test, one start of
/// three processes: starting them is the slow part on a loaded machine.
/// </summary>
/// <remarks>
/// The rate is judged only over a window the machine did not distort. At 47/s the fake sees a request every ~21 ms.
/// Signs of a starved machine: the three processes together leave more than 5% of the window in gaps over 100 ms,
/// or any gap over 250 ms (no request from any of them while work remained), or this test process, which runs the
/// fake, had its own 20 ms timer fire over 250 ms late once (the fake then reads the requests of that pause in one
/// bunch, and a bunch of half a second's requests plus the next ones fills its fixed window: a 429 the senders'
/// pacing did not cause), or stalled more than 5% of the window in all, or the machine's load average was at or
/// over its core count (every sender slowed a little on each request lowers the rate with no gap standing out). Either way the rate and the 429s say nothing about the pacing:
/// the test prints why and judges only that no member is lost or DMed twice. Each share's own pacing (one request per
/// 1.02 / 16 s) is exact on a fake clock in the Discord tests.
/// </remarks>
[Collection(MultiProcessTests.Name)]
public sealed class RedoFanOutTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly DateTimeOffset Due = ProcessWorld.Start.AddMinutes(1);
    private static readonly DateTimeOffset DueAgain = ProcessWorld.Start.AddDays(1);

    [MultiProcessFact]
    public async Task ThreeProcesses_TwoThousandItems_OneDigestEach_UnderTheGlobalLimit_ThenAKillMidFanOutLosesNone()
    {
        await using var world = await ProcessWorld.CreateAsync(output);
        var members = await world.SeedRedoAsync(1000, itemsEach: 2, Due);
        var bots = await world.StartAllAsync(ProcessWorld.Start);

        // 1. All three fan out at once.
        var before = world.Discord.Requests.Count;
        using (var watch = new StallWatch())
        {
            await ProcessWorld.AdvanceAllAsync(bots, Due.AddSeconds(30));
            await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count == members.Count, "a digest for every member");
            await Task.Delay(Settle);
            JudgeRate(world, before, watch);
        }

        var dms = world.DmsPerMember();
        var duplicates = dms.Values.Sum(c => c - 1);
        output.WriteLine($"3 processes, {members.Count} members, 2,000 items: {dms.Count} members DMed, {duplicates} duplicates, {await world.HeldClaimsAsync()} claims still held");
        Assert.Equal(members.Count, dms.Count);
        Assert.Equal(0, duplicates);
        Assert.Equal(0, await world.HeldClaimsAsync());

        // 2. The same 2,000 items due again; one process dies (SIGKILL) a third of the way through.
        await using (var db = world.Db.NewDb())
        {
            await db.RedoItems.ExecuteUpdateAsync(s => s.SetProperty(r => r.DueAt, DueAgain));
        }

        world.Discord.ClearRecords();
        await ProcessWorld.AdvanceAllAsync(bots, DueAgain.AddSeconds(30));
        await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count >= 300, "the second fan-out under way");
        bots[1].Kill();
        var survivors = new[] { bots[0], bots[2] };

        // The survivors finish everything not claimed by the dead process; its claims hold until the lease ends.
        var (held, missingBeforeLease) = await QuietAsync(world, members.Count);

        // Past the lease (1 minute of the bots' clock), the survivors take the dead process's members.
        var pastLease = DueAgain.AddSeconds(30) + TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5);
        await ProcessWorld.AdvanceAllAsync(survivors, pastLease);
        await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count == members.Count, "a digest for every member after the lease");
        await Task.Delay(Settle);

        dms = world.DmsPerMember();
        duplicates = dms.Values.Sum(c => c - 1);
        output.WriteLine($"killed mid fan-out: claims held by the dead process {held}, members without a DM before the lease {missingBeforeLease}, " +
                         $"after it {members.Count - dms.Count}, duplicates {duplicates} (at most the {held - missingBeforeLease} claims whose DM had gone out), global 429s {world.Discord.GlobalRateLimitedCount}");
        Assert.Equal(members.Count, dms.Count);
        Assert.InRange(held, 1, 32); // the dead process held at most its 32 parallel claims
        Assert.InRange(missingBeforeLease, 0, held);
        Assert.InRange(duplicates, 0, held - missingBeforeLease); // only a claim whose DM had gone out can repeat it
        Assert.Equal(0, await world.HeldClaimsAsync(after: pastLease)); // a claim the dead process left after its last mark has lapsed
        Assert.Empty(world.Discord.Violations);
    }

    private void JudgeRate(ProcessWorld world, int before, StallWatch fake)
    {
        // The fan-out's requests (all count against the global limit), first to last.
        var sent = world.Discord.Requests.Skip(before).Where(r => r.Status != 429 && r.Route is not null).Select(r => r.Timestamp).Order().ToList();
        var window = sent[^1] - sent[0];
        var rate = (sent.Count - 1) / window.TotalSeconds;
        var gaps = sent.Zip(sent.Skip(1), (a, b) => b - a).Where(gap => gap > TimeSpan.FromMilliseconds(100)).Aggregate(TimeSpan.Zero, (sum, gap) => sum + gap);
        var longestGap = sent.Zip(sent.Skip(1), (a, b) => b - a).Max();
        // A machine asked to run more than it has cores slows every sender a little on each request: that lowers the
        // rate without any one gap standing out, so an oversubscribed machine is not a place to judge the pacing either.
        var load = LoadAverage();
        var distorted = gaps > window * 0.05 || longestGap > TimeSpan.FromMilliseconds(250) || fake.Longest > TimeSpan.FromMilliseconds(250)
                        || fake.Stalled > window * 0.05 || load >= Environment.ProcessorCount;
        var global429 = world.Discord.GlobalRateLimitedCount;
        output.WriteLine($"3 processes x 16/s: {sent.Count} requests in {window.TotalSeconds:0.00} s = {rate:0.0}/s ({rate / 50:P0} of 50/s), global 429s {global429}; " +
                         $"gaps over 100 ms {gaps.TotalMilliseconds:0} ms ({gaps / window:P0} of the window, longest {longestGap.TotalMilliseconds:0} ms), " +
                         $"the fake's process stalled {fake.Stalled.TotalMilliseconds:0} ms (longest {fake.Longest.TotalMilliseconds:0} ms), " +
                         $"load average {load:0.0} on {Environment.ProcessorCount} cores" +
                         (distorted ? ": the machine starved the processes or the fake, rate and 429s not judged" : ": judged"));
        if (!distorted)
        {
            Assert.Equal(0, global429);
            Assert.InRange(rate, 45, 50.5);
        }
    }

    /// <summary>
    /// Waits until nothing moves for 2 s (the same claims held, the same DMs sent) with every member either DMed or
    /// held: the survivors are done and what is held is the dead process's. Returns (claims held, members without a DM).
    /// </summary>
    private static async Task<(int Held, int Missing)> QuietAsync(ProcessWorld world, int members)
    {
        var start = TimeProvider.System.GetTimestamp();
        (int Held, int Missing) last = (-1, -1);
        var stableSince = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(start) < ProcessWorld.Wait)
        {
            var now = (await world.HeldClaimsAsync(), members - world.DmsPerMember().Count);
            if (now != last)
            {
                (last, stableSince) = (now, TimeProvider.System.GetTimestamp());
            }
            else if (now.Item2 <= now.Item1 && TimeProvider.System.GetElapsedTime(stableSince) > TimeSpan.FromSeconds(2))
            {
                return now;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the survivors never settled: {last.Held} claims held, {last.Missing} members without a DM");
    }

    /// <summary>The machine's one-minute load average (Linux), or 0 where it cannot be read.</summary>
    private static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }
}
