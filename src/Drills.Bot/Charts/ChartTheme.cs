using ScottPlot;

namespace Drills.Bot.Charts;

/// <summary>
/// How charts look: Discord's dark embed background and text colours (readable in the light theme too, as an
/// opaque picture), text sized to stay legible when Discord shows the 800x400 image at about half size, and
/// accuracy coloured like a traffic light (80% and up green, 50% and up yellow, below red).
/// </summary>
internal static class ChartTheme
{
    public static readonly Color Background = Color.FromHex("#2B2D31");
    public static readonly Color Text = Color.FromHex("#DBDEE1");
    public static readonly Color Muted = Color.FromHex("#949BA4");
    public static readonly Color Grid = Color.FromHex("#3F4147");
    public static readonly Color Line = Color.FromHex("#5865F2");
    public static readonly Color Good = Color.FromHex("#57F287");
    public static readonly Color Fair = Color.FromHex("#FEE75C");
    public static readonly Color Poor = Color.FromHex("#ED4245");

    public const float TitleSize = 22;
    public const float TickSize = 16;
    public const float ValueSize = 15;

    public static Color ForAccuracy(double percent) => percent >= 80 ? Good : percent >= 50 ? Fair : Poor;

    /// <summary>One accuracy bar: <paramref name="right"/> of <paramref name="total"/> as a percentage, coloured by
    /// <see cref="ForAccuracy"/> and labelled "right/total".</summary>
    public static Bar AccuracyBar(double position, int right, int total, double size)
    {
        var percent = 100.0 * right / total;
        return new Bar
        {
            Position = position,
            Value = percent,
            FillColor = ForAccuracy(percent),
            LineWidth = 0,
            Size = size,
            Label = $"{right}/{total}",
        };
    }

    /// <summary>A plot in the theme, writing with <paramref name="font"/>, drawing over what is on the canvas.</summary>
    public static Plot NewPlot(string font, string title)
    {
        var plot = new Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false; // several plots share one canvas
        plot.Font.Set(font);
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Background;
        plot.Axes.Color(Muted);
        plot.Axes.FrameColor(Grid);
        plot.Grid.MajorLineColor = Grid;
        plot.Title(title, TitleSize);
        plot.Axes.Title.Label.ForeColor = Text;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Text;
            axis.MajorTickStyle.Color = Grid;
            axis.MinorTickStyle.Length = 0;
        }

        return plot;
    }

    /// <summary>Ticks at 0, 25, 50, 75 and 100 labelled as percentages.</summary>
    public static ScottPlot.TickGenerators.NumericManual PercentTicks(int step = 25)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var v = 0; v <= 100; v += step)
        {
            ticks.AddMajor(v, $"{v}%");
        }

        return ticks;
    }

    /// <summary>A grey note in the middle of an empty panel.</summary>
    public static void EmptyNote(Plot plot, string font, string text, double x, double y)
    {
        var note = plot.Add.Text(text, x, y);
        note.LabelFontName = font;
        note.LabelFontSize = TickSize;
        note.LabelFontColor = Muted;
        note.LabelAlignment = Alignment.MiddleCenter;
    }
}
