namespace Drills.Bot.Schedule;

/// <summary>Wakes the scheduler when data changes what is due next (the one timer is re-armed).</summary>
public sealed class SchedulerSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every change since.
        }
    }

    public Task WaitAsync(CancellationToken ct) => wake.WaitAsync(ct);
}
