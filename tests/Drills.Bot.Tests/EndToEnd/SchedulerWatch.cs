using Drills.Bot.Hosting;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>The harness's view of the bot's scheduler: how many rounds have armed its timer, and when it fires (null while a round runs).</summary>
internal sealed class SchedulerWatch : ISchedulerObserver
{
    private long rounds;
    private long wakeAtTicks;

    public long Rounds => Interlocked.Read(ref rounds);

    public DateTimeOffset? WakeAt => Interlocked.Read(ref wakeAtTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public void Armed(DateTimeOffset wakeAt)
    {
        // Counted first: whoever sees the new wake-up time also sees the round that armed it.
        Interlocked.Increment(ref rounds);
        Interlocked.Exchange(ref wakeAtTicks, wakeAt.UtcTicks);
    }

    public void Woke() => Interlocked.Exchange(ref wakeAtTicks, 0);
}
