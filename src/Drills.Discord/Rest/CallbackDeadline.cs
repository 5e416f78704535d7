namespace Drills.Discord;

/// <summary>
/// When an interaction's initial response must have reached Discord: 3 s after the interaction was created
/// (later, Discord answers 10062). The creation time is in the interaction's id (a snowflake: milliseconds since
/// 2015-01-01 in its top 42 bits), on Discord's clock; the receipt time is on ours. So the deadline is 3 s after
/// receipt, less the age the snowflake gives the interaction on arrival when that age is believable (0 to 3 s:
/// a skewed clock gives another), so that a skewed clock can neither stop every retry nor allow a late one. An
/// interaction received through the gateway carries that age already measured against the fastest arrivals seen
/// lately (<see cref="ArrivalBaseline"/>), which takes a constant clock offset out altogether.
/// </summary>
internal static class CallbackDeadline
{
    /// <summary>Discord's window for the initial response.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    /// <summary>What a retry needs on top of its delay to reach Discord.</summary>
    public static readonly TimeSpan Transit = TimeSpan.FromMilliseconds(200);

    /// <summary>How long an interaction token lives (a hand-made interaction older than that has no deadline).</summary>
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    internal static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The deadline on <paramref name="time"/>'s clock, or null when neither the receipt nor the id tells.</summary>
    public static DateTimeOffset? For(Interaction interaction, TimeProvider time)
    {
        var created = interaction.CreatedAt;
        if (interaction.ReceivedAt is { } received)
        {
            var age = interaction.ArrivalAge ?? received - created;
            return received + Window - (age > TimeSpan.Zero && age < Window ? age : TimeSpan.Zero);
        }

        var sinceCreated = time.GetUtcNow() - created;
        return sinceCreated >= TimeSpan.Zero && sinceCreated < TokenLifetime ? created + Window : null;
    }
}
