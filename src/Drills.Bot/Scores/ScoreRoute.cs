using Drills.Bot.Charts;
using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Text;
using Drills.Discord;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Scores;

/// <summary>
/// <c>/score [member]</c> and <c>/leaderboard [period]</c>, ephemeral; mentions render names without pinging. The
/// score comes with a chart (accuracy per week, concept mastery) when <see cref="ScoreOptions.Chart"/> is on and a
/// font is there; without one, the same numbers are in the embed anyway.
/// </summary>
public sealed class ScoreRoute(ScoreService scores, GroupService groups, ChartRenderer charts, IOptions<ScoreOptions> options) : IInteractionRoute
{
    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        var group = i.GuildId is { } guildId ? await groups.FindAsync(guildId, ct) : null;
        if (group is null)
        {
            return Replies.Ephemeral("Scores live in a server where Drills is set up: an organiser can run `/drills setup`.");
        }

        return i.Data!.Name == "score"
            ? Score(i.GetSnowflake("member") ?? i.Invoker!.Id, await scores.GetAsync(group, i.GetSnowflake("member") ?? i.Invoker!.Id, ct))
            : await LeaderboardAsync(group, i.GetString("period"), ct);
    }

    private InteractionResponse Score(ulong userId, ScoreCard card)
    {
        var embed = ScoreEmbed.For(userId, card);
        var chart = options.Value.Chart
            ? charts.RenderMember(new MemberChartData(card.Weeks, card.Concepts.Select(c => new ConceptScore(c.Concept, c.Answered, c.Right)).ToList()))
            : null;
        if (chart is null)
        {
            return Replies.Ephemeral(embed);
        }

        embed.Image = EmbedImage.Attachment(chart);
        return Replies.Ephemeral(new MessageCreate { Embeds = [embed], Files = [chart] });
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
