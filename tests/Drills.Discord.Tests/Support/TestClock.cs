using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// A fake clock (a <see cref="FakeTimeProvider"/> underneath) that also shows which timers the code under
/// test has armed. A test waits until the client sits in the wait it expects (<see cref="WaitForTimerAsync"/>,
/// a real-time wait for something to happen, never for something not to), then moves time to exactly its end.
/// Time moves only when the test says so, so no assertion depends on how busy the machine is. The fake
/// truncates waits to whole milliseconds: tests pick intervals and jitter that land on whole milliseconds.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider fake = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly Lock gate = new();
    private readonly List<ArmedTimer> timers = [];

    public DateTimeOffset Now => fake.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var armed = new ArmedTimer(dueTime, fake.GetUtcNow() + dueTime, period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero);
        lock (gate)
        {
            timers.Add(armed);
        }

        armed.Inner = fake.CreateTimer(s => { armed.Fire(); callback(s); }, state, dueTime, period);
        return armed;
    }

    /// <summary>Moves time on, firing every timer due on the way (each at its own instant).</summary>
    public void Advance(TimeSpan by) => fake.Advance(by);

    /// <summary>Moves time to <paramref name="at"/> (not backwards).</summary>
    public void AdvanceTo(DateTimeOffset at)
    {
        if (at > fake.GetUtcNow())
        {
            fake.SetUtcNow(at);
        }
    }

    /// <summary>
    /// Waits (in real time, bounded) until a timer of exactly <paramref name="duration"/> is armed and has not
    /// fired yet: the code under test is then parked in that wait, and nothing it does next can happen before
    /// the clock reaches <see cref="ArmedTimer.DueAt"/>.
    /// </summary>
    public async Task<ArmedTimer> WaitForTimerAsync(TimeSpan duration, string what)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            lock (gate)
            {
                if (timers.FirstOrDefault(t => t.IsPending && t.Duration == duration) is { } found)
                {
                    return found;
                }
            }

            if (TimeProvider.System.GetElapsedTime(start) > RealTimeLimit)
            {
                lock (gate)
                {
                    var pending = string.Join(", ", timers.Where(t => t.IsPending).Select(t => t.Duration));
                    Assert.Fail($"No {duration} wait was armed for {what} within {RealTimeLimit.TotalSeconds} s (pending: {pending}).");
                }
            }

            await Task.Delay(5);
        }
    }

    /// <summary>The durations of every timer ever armed on this clock, fired or not, in order.</summary>
    public IReadOnlyList<TimeSpan> Armed()
    {
        lock (gate)
        {
            return timers.Select(t => t.Duration).ToList();
        }
    }
}
