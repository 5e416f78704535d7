using System.Globalization;
using Drills.Bot.Redo;

namespace Drills.Bot.Tests.Redo;

/// <summary>
/// The spaced-repetition step. Cases: a miss at first sight goes on the list at the first interval (3 days); a right
/// answer at first sight leaves the list alone; a right redo moves one interval on (7, 16, 35 days), past the last it
/// is mastered (its due time kept); a wrong redo at any stage goes back to 3 days; configured intervals are used and
/// validated.
/// </summary>
public sealed class RedoStepTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EarlierDue = Now.AddDays(-1);
    private static readonly IReadOnlyList<TimeSpan> Intervals = new RedoOptions().ParsedIntervals();

    [Theory]
    // reviewed stage (-1: first sight), right -> stage, days until due, mastered (null stage: the list is unchanged)
    [InlineData(-1, false, 0, 3.0, false)]
    [InlineData(-1, true, null, null, null)]
    [InlineData(0, true, 1, 7.0, false)]
    [InlineData(1, true, 2, 16.0, false)]
    [InlineData(2, true, 3, 35.0, false)]
    [InlineData(3, true, 4, -1.0, true)]
    [InlineData(0, false, 0, 3.0, false)]
    [InlineData(2, false, 0, 3.0, false)]
    [InlineData(3, false, 0, 3.0, false)]
    public void Next(int reviewedStage, bool right, int? stage, double? dueInDays, bool? mastered)
    {
        RedoState? reviewed = reviewedStage < 0 ? null : new RedoState(reviewedStage, EarlierDue, Mastered: false);

        var next = RedoStep.Next(reviewed, right, Now, Intervals);

        Assert.Equal(stage is null ? null : new RedoState(stage.Value, Now.AddDays(dueInDays!.Value), mastered!.Value), next);
    }

    [Fact]
    public void ConfiguredIntervals_AreUsed()
    {
        var intervals = new RedoOptions { Intervals = "12:00:00, 1.00:00:00" }.ParsedIntervals();

        var miss = RedoStep.Next(null, right: false, Now, intervals)!.Value;
        var once = RedoStep.Next(miss, right: true, Now, intervals)!.Value;
        var twice = RedoStep.Next(once, right: true, Now, intervals)!.Value;

        Assert.Equal((Now.AddHours(12), Now.AddDays(1)), (miss.DueAt, once.DueAt));
        Assert.True(twice.Mastered);
    }

    [Theory]
    [InlineData("3 days", "is not a positive interval")]
    [InlineData("", "give at least one interval")]
    [InlineData("-1.00:00:00", "is not a positive interval")]
    [InlineData("7.00:00:00, 3.00:00:00", "is shorter than the interval before it")]
    public void BadIntervals_AreRefused(string text, string message)
    {
        Assert.False(RedoOptions.TryParse(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultIntervals_AreThreeSevenSixteenThirtyFiveDays() =>
        Assert.Equal(["3", "7", "16", "35"], Intervals.Select(i => i.TotalDays.ToString(CultureInfo.InvariantCulture)));
}
