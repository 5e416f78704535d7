using Drills.Bot.Schedule;

namespace Drills.Bot.Tests.Schedule;

/// <summary>
/// The next weekly recap: the latest recap weekday not yet recapped, at its local time (DST-correct), due at once when
/// missed, only the latest of several missed weeks, and never a slot from before the group or its settings existed.
/// </summary>
public sealed class RecapScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset LongAgo = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    // Thursday 19 March 2026: next Sunday the 22nd, 18:00 CET = 17:00 UTC.
    [InlineData("2026-03-19T06:00:00Z", null, "2026-03-15", "2026-03-15T17:00:00Z")]
    [InlineData("2026-03-19T06:00:00Z", "2026-03-15", "2026-03-22", "2026-03-22T17:00:00Z")]
    // Sunday 29 March, after the change to CEST: 18:00 = 16:00 UTC.
    [InlineData("2026-03-29T10:00:00Z", "2026-03-22", "2026-03-29", "2026-03-29T16:00:00Z")]
    // Missed three Sundays: only the latest, due at once.
    [InlineData("2026-04-13T10:00:00Z", "2026-03-22", "2026-04-12", "2026-04-12T16:00:00Z")]
    // Autumn: Sunday 25 October moves back to CET.
    [InlineData("2026-10-24T10:00:00Z", "2026-10-18", "2026-10-25", "2026-10-25T17:00:00Z")]
    public void NextRecap_DefaultSundayEighteen(string now, string? last, string date, string at)
    {
        var plan = new RecapPlan(true, DayOfWeek.Sunday, new TimeOnly(18, 0), Berlin, LongAgo);

        var slot = RecapSchedule.NextRecap(plan, last is null ? null : DateOnly.Parse(last), DateTimeOffset.Parse(now));

        Assert.Equal((DateOnly.Parse(date), DateTimeOffset.Parse(at)), (slot!.Value.Date, slot.Value.At));
    }

    [Fact]
    public void NextRecap_NeverBeforeSince_NorWhenOff()
    {
        var since = new DateTimeOffset(2026, 3, 19, 6, 0, 0, TimeSpan.Zero);
        var plan = new RecapPlan(true, DayOfWeek.Tuesday, new TimeOnly(9, 0), Berlin, since);

        // Tuesday the 17th lies before the settings: the first recap is the 24th.
        Assert.Equal(new DateOnly(2026, 3, 24), RecapSchedule.NextRecap(plan, null, since)!.Value.Date);
        Assert.Null(RecapSchedule.NextRecap(plan with { Enabled = false }, null, since));
    }

    [Fact]
    public void NextRecap_InTheSpringGap_MovesForwardByTheGap()
    {
        var plan = new RecapPlan(true, DayOfWeek.Sunday, new TimeOnly(2, 30), Berlin, LongAgo);

        var slot = RecapSchedule.NextRecap(plan, new DateOnly(2026, 3, 22), new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), slot!.Value.At); // 03:30 CEST
    }

    [Theory]
    // Posting at 09:00, recap Sunday 18:00: Sunday's drill is still open, the week is the Sunday before to Saturday.
    [InlineData("09:00", "2026-03-15", "2026-03-21")]
    // Posting at 19:00: Saturday's drill is still open at Sunday 18:00 too.
    [InlineData("19:00", "2026-03-14", "2026-03-20")]
    public void Week_EndsWithTheLastRevealedDrill(string postTime, string first, string last)
    {
        var recapAt = new DateTimeOffset(2026, 3, 22, 17, 0, 0, TimeSpan.Zero);

        var week = RecapSchedule.Week(new DateOnly(2026, 3, 22), recapAt, TimeOnly.Parse(postTime), Berlin);

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), week);
    }
}
