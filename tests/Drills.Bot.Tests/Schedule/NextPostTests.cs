using System.Globalization;
using Drills.Bot.Schedule;

namespace Drills.Bot.Tests.Schedule;

/// <summary>
/// A group's next post as a pure function of its settings, its last post date and now. Cases: before and after
/// today's post time, already posted today, a post missed during downtime (due at once, today's only), a last post
/// dated ahead of today (the zone moved west), paused; across DST in Europe/Berlin (29 March and 25 October 2026)
/// and America/New_York (8 March and 1 November 2026): ordinary post times either side of the change, a post time
/// inside the spring gap (the gap later), inside the autumn overlap (the first of the two), and a late-evening
/// post whose local day differs from UTC's.
/// </summary>
public sealed class NextPostTests
{
    [Theory]
    // Berlin, an ordinary day (CET, UTC+1).
    [InlineData("Europe/Berlin", "09:00", null, "2026-03-26T07:00Z", "2026-03-26", "2026-03-26T08:00Z")]
    [InlineData("Europe/Berlin", "09:00", "2026-03-25", "2026-03-26T07:59Z", "2026-03-26", "2026-03-26T08:00Z")]
    [InlineData("Europe/Berlin", "09:00", "2026-03-26", "2026-03-26T08:00Z", "2026-03-27", "2026-03-27T08:00Z")]
    // Missed during downtime: today's is due at once (in the past); days missed entirely are not caught up.
    [InlineData("Europe/Berlin", "09:00", "2026-03-25", "2026-03-26T15:00Z", "2026-03-26", "2026-03-26T08:00Z")]
    [InlineData("Europe/Berlin", "09:00", "2026-03-20", "2026-03-26T15:00Z", "2026-03-26", "2026-03-26T08:00Z")]
    // The last post is dated after today (the group moved its zone west): the day after it.
    [InlineData("Europe/Berlin", "09:00", "2026-03-27", "2026-03-26T15:00Z", "2026-03-28", "2026-03-28T08:00Z")]
    // Berlin springs forward on 29 March at 02:00 -> 03:00 (CEST, UTC+2).
    [InlineData("Europe/Berlin", "09:00", "2026-03-28", "2026-03-28T20:00Z", "2026-03-29", "2026-03-29T07:00Z")]
    [InlineData("Europe/Berlin", "02:30", "2026-03-28", "2026-03-28T20:00Z", "2026-03-29", "2026-03-29T01:30Z")]
    [InlineData("Europe/Berlin", "02:30", "2026-03-29", "2026-03-29T02:00Z", "2026-03-30", "2026-03-30T00:30Z")]
    // Berlin falls back on 25 October at 03:00 -> 02:00: 02:30 happens twice, the first (CEST) counts.
    [InlineData("Europe/Berlin", "02:30", "2026-10-24", "2026-10-24T12:00Z", "2026-10-25", "2026-10-25T00:30Z")]
    [InlineData("Europe/Berlin", "09:00", "2026-10-24", "2026-10-24T12:00Z", "2026-10-25", "2026-10-25T08:00Z")]
    // The second 02:30 (CET) is after the post: already posted today, so tomorrow.
    [InlineData("Europe/Berlin", "02:30", "2026-10-25", "2026-10-25T01:30Z", "2026-10-26", "2026-10-26T01:30Z")]
    // New York springs forward on 8 March at 02:00 -> 03:00 (EST -5 -> EDT -4): 02:30 does not exist, 03:30 EDT.
    [InlineData("America/New_York", "02:30", "2026-03-07", "2026-03-07T20:00Z", "2026-03-08", "2026-03-08T07:30Z")]
    [InlineData("America/New_York", "09:00", "2026-03-07", "2026-03-07T20:00Z", "2026-03-08", "2026-03-08T13:00Z")]
    // New York falls back on 1 November at 02:00 -> 01:00: 01:30 twice, the first (EDT).
    [InlineData("America/New_York", "01:30", "2026-10-31", "2026-10-31T20:00Z", "2026-11-01", "2026-11-01T05:30Z")]
    [InlineData("America/New_York", "09:00", "2026-10-31", "2026-10-31T20:00Z", "2026-11-01", "2026-11-01T14:00Z")]
    // 23:30 local on 8 March is 03:30 UTC on the 9th: the local date decides, so the next post is the 9th's.
    [InlineData("America/New_York", "23:00", "2026-03-08", "2026-03-09T03:30Z", "2026-03-09", "2026-03-10T03:00Z")]
    public void NextPost(string zone, string postTime, string? lastPosted, string now, string date, string at)
    {
        var settings = new PostSettings(TimeOnly.Parse(postTime, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone), Paused: false);

        var next = PostSchedule.NextPost(settings, lastPosted is null ? null : Date(lastPosted), Instant(now));

        Assert.Equal(new PostSlot(Date(date), Instant(at)), next);
    }

    [Fact]
    public void NextPost_Paused_IsNone()
    {
        var settings = new PostSettings(new TimeOnly(9, 0), TimeZoneInfo.Utc, Paused: true);

        Assert.Null(PostSchedule.NextPost(settings, null, Instant("2026-03-26T07:00Z")));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
