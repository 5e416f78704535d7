using Drills.Bot.Interactions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.Tests.Interactions;

/// <summary>The admission gate on its own, on a fake clock: who waits, who is turned away at once, and when.</summary>
public sealed class InteractionAdmissionTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Enter_WhenTheEstimatedWaitExceedsTheBudget_IsRefusedAtOnce()
    {
        using var admission = Gate(maxConcurrent: 1, maxWaiting: 100);
        var first = await admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        first!.Dispose(); // one interaction took 1 s: two waiting fill the 2 s budget
        using var running = await admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);

        var second = admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);
        var third = admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);
        var fourth = await admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);

        Assert.Null(fourth);
        Assert.Equal(TimeSpan.FromSeconds(1), admission.MeanWork);
        Assert.Equal(2, admission.Waiting);
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);
        running!.Dispose();
        using var next = await second;
        Assert.NotNull(next);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(await third);
    }

    [Fact]
    public async Task Enter_WhenTheQueueIsFull_IsRefusedAtOnce()
    {
        using var admission = Gate(maxConcurrent: 1, maxWaiting: 1);
        using var running = await admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);

        var waiting = admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);
        var refused = await admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);

        Assert.Null(refused);
        Assert.False(waiting.IsCompleted);
        running!.Dispose();
        using var turn = await waiting;
        Assert.NotNull(turn);
    }

    [Fact]
    public async Task Enter_ReceivedLongerAgoThanTheBudget_IsRefusedWithoutWaiting()
    {
        using var admission = Gate(maxConcurrent: 1, maxWaiting: 10);
        using var running = await admission.EnterAsync(time.GetTimestamp(), CancellationToken.None);
        var receivedAt = time.GetTimestamp();
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Null(await admission.EnterAsync(receivedAt, CancellationToken.None));
        Assert.Equal(0, admission.Waiting);
    }

    [Fact]
    public async Task Enter_WithAFreeSlot_IsAdmittedEvenWhenOld()
    {
        using var admission = Gate(maxConcurrent: 2, maxWaiting: 0);
        var receivedAt = time.GetTimestamp();
        time.Advance(TimeSpan.FromSeconds(1));

        using var turn = await admission.EnterAsync(receivedAt, CancellationToken.None);

        Assert.NotNull(turn);
    }

    [Theory]
    [InlineData(0, 1, 2.0)]
    [InlineData(1, -1, 2.0)]
    [InlineData(1, 1, 3.0)]
    [InlineData(1, 1, 0.0)]
    public void Problem_NamesTheBadKey(int maxConcurrent, int maxWaiting, double budgetSeconds)
    {
        var problem = AdmissionOptions.Problem(new AdmissionOptions { MaxConcurrent = maxConcurrent, MaxWaiting = maxWaiting, WaitBudget = TimeSpan.FromSeconds(budgetSeconds) });

        Assert.NotNull(problem);
        Assert.StartsWith("Interactions:", problem, StringComparison.Ordinal);
    }

    private InteractionAdmission Gate(int maxConcurrent, int maxWaiting) =>
        new(Options.Create(new AdmissionOptions { MaxConcurrent = maxConcurrent, MaxWaiting = maxWaiting }), time);
}
