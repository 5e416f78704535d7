using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.Gateway;

/// <summary>
/// The set of interaction ids handled lately (on a fake clock): a repeat is refused, an id is forgotten once the
/// window has passed, and the set never holds more than its capacity however many interactions pass.
/// </summary>
public sealed class RecentInteractionsTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void ARepeat_IsRefused_UntilTheWindowHasPassed()
    {
        var recent = new RecentInteractions(time, TimeSpan.FromMinutes(10), 100);

        Assert.True(recent.TryAdd(1));
        Assert.False(recent.TryAdd(1));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(recent.TryAdd(1));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(recent.TryAdd(1));
    }

    [Fact]
    public void TheSet_StaysWithinItsCapacity_KeepingTheNewest()
    {
        var recent = new RecentInteractions(time, TimeSpan.FromMinutes(10), 100);

        for (ulong id = 1; id <= 100_000; id++)
        {
            Assert.True(recent.TryAdd(id));
        }

        Assert.Equal(100, recent.Count);
        Assert.False(recent.TryAdd(100_000));
        Assert.True(recent.TryAdd(1));
    }
}
