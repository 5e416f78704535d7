using Drills.Bot.Hosting;

namespace Drills.Bot.Tests.Hosting;

public sealed class IdleMemoryTests
{
    private const long Mb = 1 << 20;

    [Theory]
    [InlineData(0, 0, false)] // idle since the last release: nothing to give back
    [InlineData(0, 10 * Mb, false)] // a little work, not worth a full collection
    [InlineData(40 * Mb, 40 * Mb, false)] // still busy: wait for the quiet
    [InlineData(1 * Mb, 40 * Mb, true)] // quiet after a burst: release
    [InlineData(2 * Mb, 40 * Mb, false)] // 2 MB in an interval is not quiet
    public void Release_OnlyWhenQuietAfterWork(long lastInterval, long sinceRelease, bool expected) =>
        Assert.Equal(expected, IdleMemory.IsQuietAfterWork(lastInterval, sinceRelease));
}
