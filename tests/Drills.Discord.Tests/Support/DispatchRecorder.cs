using System.Collections.Concurrent;

namespace Drills.Discord.Tests.Support;

/// <summary>An <see cref="IDispatchHandler"/> that records every dispatch it is handed; it can be made to throw or to hang.</summary>
internal sealed class DispatchRecorder : IDispatchHandler
{
    public ConcurrentQueue<GatewayDispatch> Seen { get; } = new();

    /// <summary>Dispatches of type <see cref="HoldType"/> wait for this: a handler stuck as long as the test wants.</summary>
    public TaskCompletionSource Hold { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? HoldType { get; set; }

    /// <summary>Dispatches of this type make the handler throw (after recording them).</summary>
    public string? ThrowOn { get; set; }

    public IReadOnlyList<string> Types => Seen.Select(d => d.Type).ToList();

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken ct)
    {
        Seen.Enqueue(dispatch);
        if (dispatch.Type == ThrowOn)
        {
            throw new InvalidOperationException("handler failure for the test");
        }

        if (dispatch.Type == HoldType)
        {
            await Hold.Task.WaitAsync(ct);
        }
    }

    public Task WaitForAsync(Func<IReadOnlyList<GatewayDispatch>, bool> condition, string what, TimeSpan? timeout = null) =>
        Eventually.TrueAsync(() => condition(Seen.ToList()), what, timeout);
}
