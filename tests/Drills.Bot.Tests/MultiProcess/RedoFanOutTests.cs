using Drills.FakeDiscord;
using Xunit.Abstractions;

namespace Drills.Bot.Tests.MultiProcess;

/// <summary>
/// Redo digests fanned out by three real bot processes over one PostgreSQL database: each member is claimed with a
/// lease before their DM, so every member gets exactly one digest; a process SIGKILLed mid fan-out holds its claims
/// until the lease ends, then the others send those digests (only a DM in flight at the kill can go twice). Each
/// test counts DMs, not rates: the fake's global limit and each process's share are scaled 10x (500/s, 166 each), so
/// a fan-out of 1,000 takes seconds (the rate at Discord's real 50/s is <see cref="GlobalLimitTests"/>).
/// </summary>
[Collection(MultiProcessTests.Name)]
public sealed class RedoFanOutTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly DateTimeOffset Due = ProcessWorld.Start.AddMinutes(1);

    [MultiProcessFact]
    public async Task ThreeProcesses_TwoThousandItems_EveryMemberExactlyOneDigest()
    {
        await using var world = await ProcessWorld.CreateAsync(output, scale: 10);
        var members = await world.SeedRedoAsync(1000, itemsEach: 2, Due);
        var bots = await world.StartAllAsync(ProcessWorld.Start);

        await ProcessWorld.AdvanceAllAsync(bots, Due.AddSeconds(30));
        await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count == members.Count, "a digest for every member");
        await Task.Delay(Settle);

        var dms = world.DmsPerMember();
        var duplicates = dms.Values.Sum(c => c - 1);
        output.WriteLine($"3 processes, {members.Count} members, 2,000 items: {dms.Count} members DMed, {duplicates} duplicates, {world.Discord.GlobalRateLimitedCount} global 429s, {await world.HeldClaimsAsync()} claims still held");
        Assert.Equal(members.Count, dms.Count);
        Assert.Equal(0, duplicates);
        Assert.Equal(0, await world.HeldClaimsAsync());
        Assert.Empty(world.Discord.Violations);
    }

    [MultiProcessFact]
    public async Task OneProcessKilledMidFanOut_NoMemberLostAfterTheLease_DuplicatesOnlyInFlight()
    {
        await using var world = await ProcessWorld.CreateAsync(output, scale: 10);
        var members = await world.SeedRedoAsync(1000, itemsEach: 2, Due);
        var bots = await world.StartAllAsync(ProcessWorld.Start);

        await ProcessWorld.AdvanceAllAsync(bots, Due.AddSeconds(30));
        await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count >= 300, "the fan-out under way");
        bots[1].Kill();
        var survivors = new[] { bots[0], bots[2] };

        // The survivors finish everything not claimed by the dead process; its claims hold until the lease ends.
        var (held, missingBeforeLease) = await QuietAsync(world, members.Count);

        // Past the lease (1 minute of the bots' clock), the survivors take the dead process's members.
        var pastLease = Due.AddSeconds(30) + TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5);
        await ProcessWorld.AdvanceAllAsync(survivors, pastLease);
        await ProcessWorld.UntilAsync(() => world.DmsPerMember().Count == members.Count, "a digest for every member after the lease");
        await Task.Delay(Settle);

        var dms = world.DmsPerMember();
        var duplicates = dms.Values.Sum(c => c - 1);
        output.WriteLine($"killed mid fan-out: claims held by the dead process {held}, members without a DM before the lease {missingBeforeLease}, " +
                         $"after it {members.Count - dms.Count}, duplicates {duplicates} (at most the {held} in flight), global 429s {world.Discord.GlobalRateLimitedCount}");
        Assert.Equal(members.Count, dms.Count);
        Assert.InRange(held, 1, 32); // the dead process held at most its 32 parallel claims
        Assert.InRange(missingBeforeLease, 0, held);
        Assert.InRange(duplicates, 0, held - missingBeforeLease); // only a claim whose DM had gone out can repeat it
        Assert.Equal(0, await world.HeldClaimsAsync(after: pastLease)); // a claim left by the dead process after its last mark has lapsed
        Assert.Empty(world.Discord.Violations);
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

            await Task.Delay(100);
        }

        throw new TimeoutException($"the survivors never settled: {last.Held} claims held, {last.Missing} members without a DM");
    }
}
