using System.Globalization;
using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Scores;

/// <summary><c>/score [member]</c> and <c>/leaderboard [period]</c>, ephemeral; mentions render names without pinging.</summary>
public sealed class ScoreRoute(ScoreService scores, GroupService groups) : IInteractionRoute
{
    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        var group = i.GuildId is { } guildId ? await groups.FindAsync(guildId, ct) : null;
        if (group is null)
        {
            return Replies.Ephemeral("Scores live in a server where Drills is set up: an organiser can run `/drills setup`.");
        }

        return i.Data!.Name == "score"
            ? Score(group, i.GetSnowflake("member") ?? i.Invoker!.Id, await scores.GetAsync(group, i.GetSnowflake("member") ?? i.Invoker!.Id, ct))
            : await LeaderboardAsync(group, i.GetString("period"), ct);
    }

    private static InteractionResponse Score(Group group, ulong userId, ScoreCard card)
    {
        var inv = CultureInfo.InvariantCulture;
        var missed = card.MissedConcepts.Count == 0 ? "nothing yet" : string.Join(", ", card.MissedConcepts.Select(c => $"{c.Concept} ({c.Misses})"));
        var embed = new Embed
        {
            Title = "Score",
            Description = $"{SafeText.Mention(userId)} in this group",
            Color = Colours.Blue,
            Fields =
            [
                new() { Name = "Answered", Value = card.Answered.ToString(inv), Inline = true },
                new() { Name = "Right", Value = card.Right.ToString(inv), Inline = true },
                new() { Name = "Accuracy", Value = card.Answered == 0 ? "–" : $"{card.Accuracy * 100:0}%", Inline = true },
                new() { Name = "Streak", Value = $"{card.CurrentStreak} now · best {card.BestStreak}", Inline = true },
                new() { Name = "Redo", Value = $"{card.RedoPending} pending · {card.RedoDue} due", Inline = true },
                new() { Name = "Rank", Value = card.Rank == 0 ? "not ranked yet" : $"#{card.Rank} of {card.Members}", Inline = true },
                new() { Name = "Missed most", Value = missed },
            ],
        };
        return Replies.Ephemeral(embed);
    }

    private async Task<HandlerResult> LeaderboardAsync(Group group, string? periodText, CancellationToken ct)
    {
        var (period, label) = periodText switch
        {
            "week" => (LeaderboardPeriod.Week, "this week"),
            "month" => (LeaderboardPeriod.Month, "this month"),
            _ => (LeaderboardPeriod.All, "all time"),
        };
        var rows = await scores.LeaderboardAsync(group, period, ct);
        var lines = rows.Count == 0
            ? "No predictions yet: be the first with `/predict`."
            : string.Join('\n', rows.Select(r => $"**{r.Rank}.** {SafeText.Mention(r.UserId)}: {r.Right} right of {r.Answered}"));
        return Replies.Ephemeral(new Embed { Title = $"Leaderboard · {label}", Description = lines, Color = Colours.Blue });
    }
}
