using System.Globalization;
using Drills.Bot.Charts;
using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Recap;

/// <summary>The weekly recap message, and the data of its chart. Mentions name members without pinging them.</summary>
internal static class RecapMessages
{
    public const string ChartFile = "recap.png";
    private const int MaxNamed = 40;

    public static MessageCreate Recap(RecapWeek week, DrillCatalog catalog, FileAttachment? chart)
    {
        var lines = week.Drills.Select(d => $"**{Day(d.Date)}** · {Name(d, catalog)} · {Result(d)}");
        var fields = new List<EmbedField>
        {
            new() { Name = "Hardest", Value = SafeText.Cut(Hardest(week, catalog), 1024) },
            new() { Name = $"Full week ({week.FullWeek.Count})", Value = FullWeek(week) },
            new() { Name = "Most improved concept", Value = SafeText.Cut(Improved(week.MostImproved), 1024) },
        };
        var embed = new Embed
        {
            Title = $"Week in review · {Day(week.First)} – {Day(week.Last)}",
            Description = SafeText.Cut(string.Join('\n', lines), 4000),
            Color = Colours.Blue,
            Fields = fields,
            Image = chart is null ? null : EmbedImage.Attachment(chart),
        };
        return new MessageCreate { Embeds = [embed], Files = chart is null ? null : [chart] };
    }

    /// <summary>The chart's week: every day of the seven, with the results of its revealed drill if it had one.</summary>
    public static GroupWeekData Chart(RecapWeek week, string title) =>
        new(title, week.First, Enumerable.Range(0, 7).Select(i =>
        {
            var date = week.First.AddDays(i);
            return week.Drills.FirstOrDefault(d => d.Date == date) is { } drill
                ? new DayResult(date, true, drill.Predictions, drill.Right)
                : new DayResult(date, false, 0, 0);
        }).ToList());

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Name(RecapDrill d, DrillCatalog catalog) =>
        d.Drill is null ? "a removed drill" : SafeText.Cut(DrillMessages.Heading(d.Drill, catalog), 120);

    private static string Result(RecapDrill d) =>
        d.Predictions == 0 ? "no predictions" : $"{d.Right}/{d.Predictions} right ({Percent(d.Right, d.Predictions)})";

    private static string Percent(int right, int total) => (100.0 * right / total).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Hardest(RecapWeek week, DrillCatalog catalog)
    {
        if (week.Hardest is not { } hardest)
        {
            return "Nobody predicted this week's drills.";
        }

        var wrong = hardest.MostCommonWrong is { } w
            ? $"Most common wrong answer: {SafeText.Inline(w.Text)} ({w.Count}×)."
            : "Nobody got it wrong.";
        return $"{Name(hardest, catalog)}: {Result(hardest)}. {wrong}";
    }

    private static string FullWeek(RecapWeek week)
    {
        if (week.FullWeek.Count == 0)
        {
            return "Nobody predicted every drill this week.";
        }

        var named = string.Join(", ", week.FullWeek.Take(MaxNamed).Select(SafeText.Mention));
        return week.FullWeek.Count > MaxNamed ? $"{named} and {week.FullWeek.Count - MaxNamed} more" : named;
    }

    private static string Improved(ConceptGain? gain) => gain is null
        ? $"Not enough to compare yet: a concept needs {RecapReader.MinAnswers}+ predictions this week and in the {RecapReader.BeforeDays / 7} weeks before."
        : $"{SafeText.Inline(gain.Concept, 80)}: {Percent(gain.BeforeRight, gain.BeforeTotal)} → {Percent(gain.NowRight, gain.NowTotal)} right "
          + $"({gain.BeforeTotal} predictions in the {RecapReader.BeforeDays / 7} weeks before, {gain.NowTotal} this week)";
}
