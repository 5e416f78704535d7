using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// A fake clock (a <see cref="FakeTimeProvider"/> underneath) that also shows which timers the code under
/// test has armed. A test waits until the client sits in the wait it expects (<see cref="WaitForTimerAsync"/>,
/// a real-time wait for something to happen, never for something not to), then moves time to exactly its end.
/// Time moves only when the test says so, so no assertion depends on how busy the machine is. The fake
/// truncates waits to whole milliseconds, and code that re-checks the clock after a truncated wait can spin:
/// tests pick intervals, jitter and limits that give whole milliseconds (e.g. 5 requests/s: one per 204 ms).
/// </summary>
internal sealed class TestClock : TimeProvider
{
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(60);
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
    /// Waits (in real time, bounded) until <paramref name="count"/> timers of exactly <paramref name="duration"/>
    /// are armed and have not fired yet: the code under test is then parked in that wait, and nothing it does
    /// next can happen before the clock reaches <see cref="ArmedTimer.DueAt"/>. Returns the first of them.
    /// </summary>
    public async Task<ArmedTimer> WaitForTimerAsync(TimeSpan duration, string what, int count = 1)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (true)
        {
            lock (gate)
            {
                var found = timers.Where(t => t.IsPending && t.Duration == duration).ToList();
                if (found.Count >= count)
                {
                    return found[0];
                }
            }

            if (TimeProvider.System.GetElapsedTime(start) > RealTimeLimit)
            {
                Assert.Fail($"No {duration} wait was armed for {what} within {RealTimeLimit.TotalSeconds} s. {Describe()}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> to the end, moving time each time it parks: to the earliest pending timer,
    /// never past it, and never more than <paramref name="within"/> past now (so other waits, e.g. a heartbeat,
    /// stay out of reach). For one sequential flow (a request and its retries), where the next wait is armed
    /// only after the previous one ended; each wait then lasts exactly what the code asked for.
    /// </summary>
    public async Task RunUntilAsync(Task work, TimeSpan? within = null)
    {
        var start = TimeProvider.System.GetTimestamp();
        var limit = within is { } w ? fake.GetUtcNow() + w : DateTimeOffset.MaxValue;
        while (!work.IsCompleted)
        {
            ArmedTimer? next;
            lock (gate)
            {
                var now = fake.GetUtcNow();
                next = timers.Where(t => t.IsPending && t.DueAt > now && t.DueAt <= limit).MinBy(t => t.DueAt);
            }

            if (next is not null)
            {
                AdvanceTo(next.DueAt);
            }
            else if (TimeProvider.System.GetElapsedTime(start) > RealTimeLimit)
            {
                Assert.Fail($"The work neither finished nor armed a wait within {RealTimeLimit.TotalSeconds} s. {Describe()}");
            }

            await Task.WhenAny(work, Task.Delay(2));
        }

        await work;
    }

    /// <summary>The clock and every timer armed on it, for failure messages.</summary>
    private string Describe()
    {
        lock (gate)
        {
            var start = timers.Count > 0 ? timers[0].DueAt - timers[0].Duration : fake.GetUtcNow();
            return $"Now {fake.GetUtcNow() - start}; armed (duration @ due, pending?): "
                + string.Join(", ", timers.Select(t => $"{t.Duration.TotalMilliseconds} ms @ {(t.DueAt - start).TotalMilliseconds}{(t.IsPending ? " pending" : "")}"));
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
