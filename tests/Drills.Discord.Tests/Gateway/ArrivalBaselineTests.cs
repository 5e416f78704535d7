using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.Gateway;

/// <summary>
/// An interaction's age on arrival is its id's age at receipt measured against the fastest arrivals seen lately:
/// a host clock seconds off Discord's makes no interaction look late, and a backlog still counts.
/// </summary>
public sealed class ArrivalBaselineTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider time = new();

    [Theory]
    [InlineData(0)]
    [InlineData(2_500)] // our clock 2.5 s ahead: the raw age alone would make every interaction 2.5 s old
    [InlineData(-4_000)] // behind
    [InlineData(3_600_000)] // an hour off
    public void AClockOffDiscords_CountsNoInteractionAsLate_AndABacklogStillCounts(int offsetMs)
    {
        var arrivals = new ArrivalBaseline(Window);
        var offset = TimeSpan.FromMilliseconds(offsetMs);
        var network = TimeSpan.FromMilliseconds(40);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(TimeSpan.Zero, arrivals.AgeOnArrival(offset + network, time.GetUtcNow()));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        // One held up 1.2 s before the gateway read it (a starved process, a backlog on the socket).
        Assert.Equal(TimeSpan.FromMilliseconds(1200), arrivals.AgeOnArrival(offset + network + TimeSpan.FromMilliseconds(1200), time.GetUtcNow()));
        // A slightly slower network than the fastest seen counts only its difference.
        Assert.Equal(TimeSpan.FromMilliseconds(15), arrivals.AgeOnArrival(offset + network + TimeSpan.FromMilliseconds(15), time.GetUtcNow()));
    }

    [Fact]
    public void AClockThatDrifts_IsFollowed_WithinTwoWindows()
    {
        var arrivals = new ArrivalBaseline(Window);
        Assert.Equal(TimeSpan.Zero, arrivals.AgeOnArrival(TimeSpan.FromMilliseconds(50), time.GetUtcNow()));

        // The host clock jumps 3 s ahead (a correction): at first every interaction looks 3 s old...
        time.Advance(TimeSpan.FromMinutes(1));
        var drifted = TimeSpan.FromMilliseconds(3050);
        Assert.Equal(TimeSpan.FromSeconds(3), arrivals.AgeOnArrival(drifted, time.GetUtcNow()));

        // ...until the old minimum has left both windows.
        time.Advance(Window);
        arrivals.AgeOnArrival(drifted, time.GetUtcNow());
        time.Advance(Window);
        Assert.Equal(TimeSpan.Zero, arrivals.AgeOnArrival(drifted, time.GetUtcNow()));
    }
}
