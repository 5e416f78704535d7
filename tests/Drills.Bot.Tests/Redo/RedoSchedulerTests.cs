using Drills.Bot.Redo;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Redo;

/// <summary>
/// The spaced-repetition rule: a miss is due in 3 days; right answers move it to 7, 16, 35 days, then mastered;
/// a wrong answer at any stage sends it back to 3 days; intervals come from configuration and are validated.
/// </summary>
public sealed class RedoSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RightAnswers_MoveOutThenMaster()
    {
        var scheduler = new RedoScheduler(Options.Create(new RedoOptions()));
        var item = new RedoItem();
        scheduler.Apply(item, right: false, Now);
        var dues = new List<double> { (item.DueAt - Now).TotalDays };

        for (var i = 0; i < 3; i++)
        {
            scheduler.Apply(item, right: true, Now);
            dues.Add((item.DueAt - Now).TotalDays);
        }

        Assert.Equal([3, 7, 16, 35], dues);
        Assert.False(item.Mastered);
        scheduler.Apply(item, right: true, Now);
        Assert.True(item.Mastered);
    }

    [Fact]
    public void WrongAnswer_GoesBackToTheFirstInterval()
    {
        var scheduler = new RedoScheduler(Options.Create(new RedoOptions()));
        var item = new RedoItem { Stage = 2 };

        scheduler.Apply(item, right: false, Now);

        Assert.Equal((0, Now.AddDays(3)), (item.Stage, item.DueAt));
    }

    [Fact]
    public void ConfiguredIntervals_AreUsed()
    {
        var scheduler = new RedoScheduler(Options.Create(new RedoOptions { Intervals = "12:00:00, 1.00:00:00" }));
        var item = new RedoItem();

        scheduler.Apply(item, right: false, Now);

        Assert.Equal(Now.AddHours(12), item.DueAt);
        Assert.Equal(2, scheduler.Intervals.Count);
    }

    [Theory]
    [InlineData("3 days", "is not a positive interval")]
    [InlineData("", "give at least one interval")]
    [InlineData("-1.00:00:00", "is not a positive interval")]
    public void BadIntervals_AreRefused(string text, string message)
    {
        Assert.False(RedoOptions.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
