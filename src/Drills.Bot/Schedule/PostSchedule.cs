namespace Drills.Bot.Schedule;

/// <summary>
/// Schedule maths as pure functions of an instant and a zone. A post time that falls in a DST gap is moved
/// forward by the gap (02:30 on a spring-forward night posts at 03:30); one that falls twice in an overlap
/// posts at the first.
/// </summary>
public static class PostSchedule
{
    /// <summary>The instant of <paramref name="time"/> on local <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            var first = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, first);
        }

        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap: the clock reading it gives is the gap later.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToUniversalTime();
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The group's local date at an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The group's next post: the local date after its last post, or today when today has none yet, at the post
    /// time. The instant may have passed: a post missed while the bot was down is due at once, and only today's
    /// (a day missed entirely is not caught up). Null while the group is paused.
    /// </summary>
    public static PostSlot? NextPost(PostSettings settings, DateOnly? lastPosted, DateTimeOffset now)
    {
        if (settings.Paused)
        {
            return null;
        }

        var today = LocalDate(now, settings.Zone);
        var date = lastPosted is { } last && last >= today ? last.AddDays(1) : today;
        return new PostSlot(date, At(date, settings.PostTime, settings.Zone));
    }
}
