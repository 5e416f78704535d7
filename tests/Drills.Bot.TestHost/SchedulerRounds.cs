using Drills.Bot.Hosting;

namespace Drills.Bot.TestHost;

/// <summary>Completes <see cref="First"/> when the scheduler has finished its first round and armed its timer.</summary>
internal sealed class SchedulerRounds : ISchedulerObserver
{
    private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task First => first.Task;

    public void Armed(DateTimeOffset wakeAt) => first.TrySetResult();

    public void Woke()
    {
    }
}
