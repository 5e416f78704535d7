using ScottPlot;

namespace Drills.Bot.Charts;

/// <summary>
/// A member's chart, two panels: accuracy per week as a line (a week without answers breaks the line), and the
/// most answered concepts as horizontal bars of right %, weakest on top, each with its "right/answered".
/// </summary>
internal static class MemberChart
{
    private const int ConceptNameLength = 18;

    public static Plot Accuracy(IReadOnlyList<WeekAccuracy> weeks, string font)
    {
        var plot = ChartTheme.NewPlot(font, $"Accuracy, last {weeks.Count} weeks");
        var runs = new List<(List<double> X, List<double> Y)>();
        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].Answered == 0)
            {
                continue;
            }

            if (i == 0 || weeks[i - 1].Answered == 0)
            {
                runs.Add(([], []));
            }

            runs[^1].X.Add(i);
            runs[^1].Y.Add(100.0 * weeks[i].Right / weeks[i].Answered);
        }

        foreach (var (x, y) in runs)
        {
            var line = plot.Add.Scatter(x.ToArray(), y.ToArray(), ChartTheme.Line);
            line.LineWidth = 4;
            line.MarkerSize = 12;
        }

        if (runs.Count == 0)
        {
            ChartTheme.EmptyNote(plot, font, "no answers yet", (weeks.Count - 1) / 2.0, 50);
        }

        // Every other week is labelled, ending with the latest: all eight would collide at this width.
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < weeks.Count; i++)
        {
            ticks.AddMajor(i, (weeks.Count - 1 - i) % 2 == 0 ? ChartText.Day(weeks[i].WeekStart) : string.Empty);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = ChartTheme.PercentTicks();
        plot.Axes.SetLimits(-0.4, Math.Max(weeks.Count, 1) - 0.6, 0, 105);
        return plot;
    }

    public static Plot Concepts(IReadOnlyList<ConceptScore> concepts, string font)
    {
        // Short: the title is centred over the bars, which the labels push to the right.
        var plot = ChartTheme.NewPlot(font, "Concepts");
        var shown = Shown(concepts);
        var bars = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < shown.Count; i++)
        {
            var concept = shown[i];
            var position = shown.Count - 1 - i; // the first (weakest) on top
            bars.Add(ChartTheme.AccuracyBar(position, concept.Right, concept.Answered, size: 0.7));
            ticks.AddMajor(position, ChartText.Fit(concept.Concept, ConceptNameLength));
        }

        if (bars.Count == 0)
        {
            ChartTheme.EmptyNote(plot, font, "no concepts yet", 50, 0);
            ticks.AddMajor(0, string.Empty);
        }
        else
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.ValueLabelStyle.ForeColor = ChartTheme.Text;
            barPlot.ValueLabelStyle.FontSize = ChartTheme.ValueSize;
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Bottom.TickGenerator = ChartTheme.PercentTicks(step: 50);
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room right of a full bar for its "right/answered" label (up to "99/99").
        plot.Axes.SetLimits(0, 145, -0.6, Math.Max(shown.Count, 1) - 0.4);
        return plot;
    }

    /// <summary>The concepts drawn: the most answered (ties by name), weakest first (ties: more answers first).</summary>
    public static IReadOnlyList<ConceptScore> Shown(IReadOnlyList<ConceptScore> concepts) => concepts
        .Where(c => c.Answered > 0)
        .OrderByDescending(c => c.Answered).ThenBy(c => c.Concept, StringComparer.Ordinal)
        .Take(ChartRenderer.MaxConcepts)
        .OrderBy(c => (double)c.Right / c.Answered).ThenByDescending(c => c.Answered).ThenBy(c => c.Concept, StringComparer.Ordinal)
        .ToList();
}
