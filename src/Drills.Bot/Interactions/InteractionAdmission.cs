using Microsoft.Extensions.Options;

namespace Drills.Bot.Interactions;

/// <summary>
/// Admission control in front of the routes, so overload sheds instead of collapsing. At most
/// <see cref="AdmissionOptions.MaxConcurrent"/> interactions are worked on; the others wait in arrival order. An
/// interaction is refused (the caller answers "busy" at once) when the queue is full, when the estimated wait
/// (waiting interactions times the recent mean work time, over the slots) exceeds the budget, or when its own wait
/// reaches the budget. So the queue never grows past what can be answered in time, no work starts on an answer
/// Discord would no longer accept, and a newcomer is not stuck behind a backlog that can never clear.
/// Every age and deadline is on the <see cref="TimeProvider"/>.
/// </summary>
public sealed class InteractionAdmission : IDisposable
{
    private readonly TimeProvider time;
    private readonly AdmissionOptions options;
    private readonly SemaphoreSlim slots;
    private int waiting;
    private long meanWorkTicks;

    public InteractionAdmission(IOptions<AdmissionOptions> options, TimeProvider time)
    {
        this.time = time;
        this.options = options.Value;
        slots = new SemaphoreSlim(this.options.MaxConcurrent, this.options.MaxConcurrent);
    }

    /// <summary>Interactions waiting for a turn now.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>The recent mean time one interaction holds its slot (an exponentially weighted mean).</summary>
    public TimeSpan MeanWork => TimeSpan.FromTicks(Interlocked.Read(ref meanWorkTicks));

    /// <summary>
    /// Waits for a turn for an interaction received at <paramref name="receivedAt"/> (a <see cref="TimeProvider"/>
    /// timestamp). Null when it must be answered "busy" instead; otherwise dispose the turn when the work is done.
    /// One that reached the router only after the budget (held up before it, e.g. by a starved thread pool) is
    /// refused even when a slot is free: what is left of its 3 s may not cover the work.
    /// </summary>
    public async Task<AdmissionTurn?> EnterAsync(long receivedAt, CancellationToken ct)
    {
        var left = options.WaitBudget - time.GetElapsedTime(receivedAt);
        if (left <= TimeSpan.Zero)
        {
            return null;
        }

        if (slots.Wait(0))
        {
            return new AdmissionTurn(this, time.GetTimestamp());
        }

        if (!TryQueue())
        {
            return null;
        }

        try
        {
            using var deadline = new CancellationTokenSource(left, time);
            using var both = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, ct);
            try
            {
                await slots.WaitAsync(both.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return null;
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }

        return new AdmissionTurn(this, time.GetTimestamp());
    }

    public void Dispose() => slots.Dispose();

    private bool TryQueue()
    {
        var now = Interlocked.Increment(ref waiting);
        var estimate = MeanWork * ((double)now / options.MaxConcurrent);
        if (now > options.MaxWaiting || estimate > options.WaitBudget)
        {
            Interlocked.Decrement(ref waiting);
            return false;
        }

        return true;
    }

    internal void Leave(long startedAt)
    {
        // Weight 1/16: follows a change in load within a few dozen interactions without jumping on one slow one.
        var took = time.GetElapsedTime(startedAt).Ticks;
        long seen, next;
        do
        {
            seen = Interlocked.Read(ref meanWorkTicks);
            next = seen == 0 ? took : seen + ((took - seen) / 16);
        }
        while (Interlocked.CompareExchange(ref meanWorkTicks, next, seen) != seen);

        slots.Release();
    }
}
