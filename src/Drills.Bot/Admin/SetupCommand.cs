using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Schedule;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Admin;

/// <summary>
/// <c>/drills setup channel time timezone</c>: validates what the organiser typed, saves the group, and posts a
/// short note to the channel, which also proves the bot may post there (else it says what permission is missing).
/// </summary>
public sealed class SetupCommand(GroupService groups, PostingService posting, DiscordRestClient rest)
{
    public HandlerResult Handle(Interaction i, ulong guildId)
    {
        var channelId = i.GetSnowflake("channel");
        var timeText = i.GetString("time") ?? "";
        var zoneText = i.GetString("timezone") ?? "";
        if (channelId is null)
        {
            return Replies.Ephemeral("Pick a text channel for the daily drill.");
        }

        if (!TimeZones.TryParseTime(timeText, out var postTime))
        {
            return Replies.Ephemeral($"{SafeText.Inline(timeText, 20)} is not a time: use 24-hour HH:MM such as `09:00` or `21:30` (or `9am`).");
        }

        if (!TimeZones.TryFind(zoneText, out var zone))
        {
            return Replies.Ephemeral($"{SafeText.Inline(zoneText, 64)} is not a time zone I know: use an IANA name such as `Europe/Berlin`, `America/New_York` or `UTC` (start typing for suggestions).");
        }

        return HandlerResult.Deferred(async ct =>
        {
            var group = await groups.SetupAsync(guildId, channelId.Value, postTime, zone, ct);
            var first = await posting.NextPostAsync(group, ct) is { } next ? SafeText.Relative(next) : "once the group is resumed (`/drills resume`)";
            var when = $"every day at {postTime:HH\\:mm} ({zone.Id})";
            try
            {
                await rest.CreateMessageAsync(channelId.Value, new MessageCreate
                {
                    Content = $"📚 Drills will post a predict-the-output drill here {when}. Predict with `/predict` before the answer is revealed; the first one comes {first}.",
                }, ct);
            }
            catch (DiscordApiException e) when (e.Code is 50001 or 50013 || e.StatusCode == 403)
            {
                return Replies.Edit($"Saved, but I cannot post in <#{channelId}>: give me View Channel, Send Messages and Embed Links there, then run `/drills setup` again.");
            }

            return Replies.Edit($"Set up: the daily drill posts in <#{channelId}> {when}. First one {first}.");
        });
    }
}
