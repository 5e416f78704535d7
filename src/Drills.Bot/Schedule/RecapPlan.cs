namespace Drills.Bot.Schedule;

/// <summary>
/// When a group's weekly recap comes: on or off, the local weekday and time, the group's zone (resolved once), and
/// the instant from which slots count (the group's creation or the last change of these settings): a slot before it
/// is never caught up, so a new group or a new recap day does not get a recap at once for a week it did not plan.
/// </summary>
public sealed record RecapPlan(bool Enabled, DayOfWeek Day, TimeOnly Time, TimeZoneInfo Zone, DateTimeOffset Since)
{
    /// <summary>Sunday 18:00: the default recap.</summary>
    public static readonly DayOfWeek DefaultDay = DayOfWeek.Sunday;

    public static readonly TimeOnly DefaultTime = new(18, 0);
}
