using System.Text;

namespace Drills.Bot.Charts;

/// <summary>
/// The alt text sent with a chart (Discord shows it to screen readers and on hover): the same numbers in words,
/// at most 1024 characters (Discord's limit for an attachment's description).
/// </summary>
internal static class ChartDescriptions
{
    private const int Max = 1024;

    public static string Member(MemberChartData data)
    {
        var text = new StringBuilder("Accuracy per week, oldest first: ");
        text.AppendJoin(", ", data.Weeks.Select(w => w.Answered == 0 ? "no answers" : $"{ChartText.Percent(w.Right, w.Answered)} of {w.Answered}"));
        var concepts = MemberChart.Shown(data.Concepts);
        text.Append(concepts.Count == 0 ? ". No concepts yet." : ". Concepts, weakest first: ");
        text.AppendJoin(", ", concepts.Select(c => $"{ChartText.Fit(c.Concept, 40)} {c.Right}/{c.Answered}"));
        return Cap(text);
    }

    public static string GroupWeek(GroupWeekData data)
    {
        var text = new StringBuilder($"Right answers per day, week of {ChartText.Day(data.WeekStart)}: ");
        text.AppendJoin(", ", data.Days.Select(d => $"{ChartText.Weekday(d.Date)} " + (!d.Posted ? "no drill" : d.Predictions == 0 ? "no answers" : $"{d.Right}/{d.Predictions}")));
        return Cap(text);
    }

    private static string Cap(StringBuilder text) => text.Length <= Max ? text.ToString() : text.ToString(0, Max - 1) + "…";
}
