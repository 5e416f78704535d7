using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Recap;
using Drills.Bot.Schedule;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Admin;

/// <summary>
/// <c>/drills recap [state] [day] [time]</c>: without options shows the weekly recap's settings; with them, checks what
/// the organiser typed (a clear error and nothing changed when one is wrong) and saves it.
/// </summary>
public sealed class RecapCommand(RecapService recaps)
{
    public async Task<HandlerResult> HandleAsync(Interaction i, Group group, CancellationToken ct)
    {
        var stateText = i.GetString("state");
        var dayText = i.GetString("day");
        var timeText = i.GetString("time");
        if (stateText is null && dayText is null && timeText is null)
        {
            var (settings, next) = await recaps.GetAsync(group, ct);
            return Replies.Ephemeral(Describe("Weekly recap", settings, next, group));
        }

        bool? enabled = stateText?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "on" => true,
            "off" => false,
            _ => null,
        };
        if (stateText is not null && enabled is null)
        {
            return Replies.Ephemeral($"{SafeText.Inline(stateText, 20)} is not a state: use `on` or `off`. Nothing changed.");
        }

        DayOfWeek? day = null;
        if (dayText is not null)
        {
            if (!RecapDays.TryParse(dayText, out var parsed))
            {
                return Replies.Ephemeral($"{SafeText.Inline(dayText, 20)} is not a weekday: use one of {string.Join(", ", RecapDays.All.Select(d => $"`{RecapDays.Name(d)}`"))}. Nothing changed.");
            }

            day = parsed;
        }

        TimeOnly? at = null;
        if (timeText is not null)
        {
            if (!TimeZones.TryParseTime(timeText, out var parsed))
            {
                return Replies.Ephemeral($"{SafeText.Inline(timeText, 20)} is not a time: use 24-hour HH:MM such as `18:00` (or `6pm`). Nothing changed.");
            }

            at = parsed;
        }

        var (saved, nextRecap) = await recaps.SetAsync(group, enabled, day, at, ct);
        return Replies.Ephemeral(Describe("Saved", saved, nextRecap, group));
    }

    /// <summary>The recap's line in <c>/drills status</c>.</summary>
    public async Task<string> StatusLineAsync(Group group, CancellationToken ct)
    {
        var (settings, next) = await recaps.GetAsync(group, ct);
        return settings.Enabled
            ? $"**Weekly recap:** {RecapDays.Name(settings.Day)}s at {settings.Time:HH\\:mm}, next {(next is { } at ? SafeText.Relative(at) : "none: unknown time zone")}"
            : "**Weekly recap:** off";
    }

    private static string Describe(string heading, RecapSettings settings, DateTimeOffset? next, Group group)
    {
        var when = $"{RecapDays.Name(settings.Day)}s at {settings.Time:HH\\:mm} ({group.TimeZone})";
        return settings.Enabled
            ? $"{heading}: the weekly recap is **on**, {when}, in <#{group.ChannelId}>. Next one {(next is { } at ? SafeText.Relative(at) : "when the time zone is fixed")}."
            : $"{heading}: the weekly recap is **off** (it would post {when}). Turn it on with `/drills recap state:on`.";
    }
}
