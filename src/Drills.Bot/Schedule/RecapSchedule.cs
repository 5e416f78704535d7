namespace Drills.Bot.Schedule;

/// <summary>
/// Weekly recap maths, as pure functions like <see cref="PostSchedule"/> (the same DST rules: a time in a gap moves
/// forward by the gap, one in an overlap comes at the first).
/// </summary>
public static class RecapSchedule
{
    /// <summary>
    /// The group's next recap: the latest recap weekday on or before today, unless that one is recapped already or
    /// lies before <see cref="RecapPlan.Since"/>, else the week after. The instant may have passed: a recap missed
    /// while the bot was down is due at once, and only the latest (older weeks are not caught up). Null when off.
    /// </summary>
    public static PostSlot? NextRecap(RecapPlan plan, DateOnly? lastRecap, DateTimeOffset now)
    {
        if (!plan.Enabled)
        {
            return null;
        }

        var today = PostSchedule.LocalDate(now, plan.Zone);
        var date = today.AddDays(-(((int)today.DayOfWeek - (int)plan.Day + 7) % 7));
        while ((lastRecap is { } last && last >= date) || PostSchedule.At(date, plan.Time, plan.Zone) < plan.Since)
        {
            date = date.AddDays(7);
        }

        return new PostSlot(date, PostSchedule.At(date, plan.Time, plan.Zone));
    }

    /// <summary>
    /// The seven post dates a recap covers: the week of drills whose answers are out by the recap, i.e. ending the day
    /// before the last post that closed at or before it (a drill closes at the next day's post time).
    /// </summary>
    public static (DateOnly First, DateOnly Last) Week(DateOnly recapDate, DateTimeOffset recapAt, TimeOnly postTime, TimeZoneInfo zone)
    {
        var last = PostSchedule.At(recapDate, postTime, zone) <= recapAt ? recapDate.AddDays(-1) : recapDate.AddDays(-2);
        return (last.AddDays(-6), last);
    }
}
