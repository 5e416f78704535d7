using Drills.Bot.Schedule;

namespace Drills.Bot.Tests.Schedule;

/// <summary>
/// Post times as a pure function of date, time and zone. Cases: ordinary days either side of a DST change,
/// a post time inside the spring gap (moved forward by the gap), inside the autumn overlap (the first one),
/// and what organisers type for times. The next post of a group: <see cref="NextPostTests"/>.
/// </summary>
public sealed class PostScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2026-03-28", "09:00", "2026-03-28T08:00:00Z")]
    [InlineData("2026-03-29", "09:00", "2026-03-29T07:00:00Z")]
    [InlineData("2026-03-29", "02:30", "2026-03-29T01:30:00Z")]
    [InlineData("2026-10-25", "02:30", "2026-10-25T00:30:00Z")]
    [InlineData("2026-10-25", "09:00", "2026-10-25T08:00:00Z")]
    public void At_Berlin(string date, string time, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            PostSchedule.At(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), Berlin));

    [Fact]
    public void At_SpringGap_IsTheGapLater_InLocalTime()
    {
        var at = PostSchedule.At(new DateOnly(2026, 3, 8), new TimeOnly(2, 30), NewYork);

        Assert.Equal(new DateTime(2026, 3, 8, 3, 30, 0), TimeZoneInfo.ConvertTime(at, NewYork).DateTime);
    }

    [Fact]
    public void LocalDate_IsTheZonesDate() =>
        Assert.Equal(new DateOnly(2026, 3, 29), PostSchedule.LocalDate(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero), Berlin));

    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("9:05", 9, 5)]
    [InlineData("9am", 9, 0)]
    [InlineData("9:30 PM", 21, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("21:30", 21, 30)]
    public void TryParseTime_Accepts(string text, int hour, int minute)
    {
        Assert.True(TimeZones.TryParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("noon")]
    [InlineData("")]
    public void TryParseTime_Refuses(string text) => Assert.False(TimeZones.TryParseTime(text, out _));
}
