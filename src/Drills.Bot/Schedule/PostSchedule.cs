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

    /// <summary>The first post instant strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset now, TimeOnly time, TimeZoneInfo zone)
    {
        var date = LocalDate(now, zone);
        for (var i = -1; i < 3; i++)
        {
            var candidate = At(date.AddDays(i), time, zone);
            if (candidate > now)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no post time within three days");
    }
}
