using System.Collections.Concurrent;

namespace Drills.Discord.Tests.Support;

/// <summary>An <see cref="IInteractionHandler"/> that records interactions and answers them with <see cref="Answer"/>.</summary>
internal sealed class InteractionRecorder : IInteractionHandler
{
    public ConcurrentQueue<Interaction> Seen { get; } = new();

    public Func<Interaction, CancellationToken, Task> Answer { get; set; } = (_, _) => Task.CompletedTask;

    public async Task HandleAsync(Interaction interaction, CancellationToken ct)
    {
        Seen.Enqueue(interaction);
        await Answer(interaction, ct);
    }
}
