namespace Drills.Discord;

/// <summary>
/// How old an interaction already was when it arrived, from its id (a snowflake, on Discord's clock) against its
/// receipt (on ours). The raw difference also holds the two clocks' offset and the network's delay, so it is taken
/// relative to the smallest difference seen lately: an interaction that arrived as fast as any other counts as new,
/// one held up in a backlog counts its wait. A host clock seconds off Discord's therefore changes nothing, where the
/// raw difference would make every interaction look late (and the bot answer "busy" to all of them).
/// </summary>
internal sealed class ArrivalBaseline(TimeSpan window)
{
    private readonly Lock gate = new();
    private TimeSpan current = TimeSpan.MaxValue;
    private TimeSpan previous = TimeSpan.MaxValue;
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;

    /// <summary>The age on arrival of an interaction whose id says it was created <paramref name="rawAge"/> before <paramref name="receivedAt"/>.</summary>
    public TimeSpan AgeOnArrival(TimeSpan rawAge, DateTimeOffset receivedAt)
    {
        lock (gate)
        {
            if (receivedAt - windowStart >= window)
            {
                // The baseline is the minimum over this window and the one before, so it follows a clock that drifts.
                previous = windowStart == DateTimeOffset.MinValue ? TimeSpan.MaxValue : current;
                current = TimeSpan.MaxValue;
                windowStart = receivedAt;
            }

            if (rawAge < current)
            {
                current = rawAge;
            }

            var baseline = current < previous ? current : previous;
            var age = rawAge - baseline;
            return age <= TimeSpan.Zero ? TimeSpan.Zero : age;
        }
    }
}
