namespace Drills.Discord.Tests.Support;

/// <summary>A timer armed on a <see cref="TestClock"/>: how long it was set for, when it is due, whether it is still pending.</summary>
internal sealed class ArmedTimer(TimeSpan duration, DateTimeOffset dueAt, bool oneShot) : ITimer
{
    private volatile bool done;

    public TimeSpan Duration => duration;

    public DateTimeOffset DueAt => dueAt;

    /// <summary>Armed, not fired (a periodic timer stays pending), not disposed.</summary>
    public bool IsPending => !done;

    internal ITimer? Inner { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period) => Inner?.Change(dueTime, period) ?? false;

    public void Dispose()
    {
        done = true;
        Inner?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Fire()
    {
        if (oneShot)
        {
            done = true;
        }
    }
}
