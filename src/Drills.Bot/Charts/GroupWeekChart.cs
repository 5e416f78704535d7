using ScottPlot;

namespace Drills.Bot.Charts;

/// <summary>
/// A group's week: one bar per day, the right % of that day's drill, labelled "right/predictions"; a day without a
/// drill or without predictions says so instead of showing an empty bar that reads as 0%.
/// </summary>
internal static class GroupWeekChart
{
    private const int GroupNameLength = 28;

    public static Plot Week(GroupWeekData week, string font)
    {
        var plot = ChartTheme.NewPlot(font, $"{ChartText.Fit(week.GroupName, GroupNameLength)} · week of {ChartText.Day(week.WeekStart)}");
        var bars = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < week.Days.Count; i++)
        {
            var day = week.Days[i];
            ticks.AddMajor(i, ChartText.Weekday(day.Date));
            if (!day.Posted || day.Predictions == 0)
            {
                ChartTheme.EmptyNote(plot, font, day.Posted ? "no answers" : "no drill", i, 6);
                continue;
            }

            bars.Add(ChartTheme.AccuracyBar(i, day.Right, day.Predictions, size: 0.65));
        }

        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.ForeColor = ChartTheme.Text;
            barPlot.ValueLabelStyle.FontSize = ChartTheme.TickSize;
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = ChartTheme.PercentTicks();
        plot.Grid.XAxisStyle.IsVisible = false;

        // Room above a full bar for its label.
        plot.Axes.SetLimits(-0.6, Math.Max(week.Days.Count, 1) - 0.4, 0, 114);
        return plot;
    }
}
