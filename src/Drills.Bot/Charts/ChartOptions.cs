namespace Drills.Bot.Charts;

/// <summary>The <c>Charts</c> settings section.</summary>
public sealed class ChartOptions
{
    public const string Section = "Charts";

    /// <summary>
    /// A TrueType/OpenType font file for the charts' text. Unset: the first of a few common sans fonts found in the
    /// system's font folders (DejaVu Sans, Liberation Sans, Noto Sans, ...). Without any font, no chart is drawn.
    /// </summary>
    public string? FontFile { get; set; }
}
