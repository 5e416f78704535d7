namespace Drills.Bot.Hosting;

/// <summary>
/// Told when the scheduler has finished a round and armed its one timer, and when the timer (or a data change) wakes
/// it. The bot itself registers none: it is the seam tests and benchmarks drive a fake clock through (advance to the
/// armed instant, wait for the next round to arm again).
/// </summary>
internal interface ISchedulerObserver
{
    void Armed(DateTimeOffset wakeAt);

    void Woke();
}
