using Drills.Discord;

namespace Drills.Bot.Charts;

/// <summary>
/// Renders charts as PNG files to attach to a message (<see cref="FileAttachment"/>, with alt text), in process,
/// as pure functions of plain data: no database, no clock. 800x400, drawn for Discord's dark theme. Null when no
/// font is available (<see cref="ChartFonts"/>): a chart without its labels would mislead, so the caller sends
/// its message without one. Thread-safe: each call draws its own plots on its own canvas.
/// </summary>
public sealed class ChartRenderer(ChartFonts fonts)
{
    public const int Width = 800;
    public const int Height = 400;
    public const int MemberWeeks = 8;
    public const int MaxConcepts = 8;

    /// <summary>False when no font was found: every render returns null.</summary>
    public bool CanRender => fonts.File is not null;

    /// <summary>Hands back the native memory charts keep between renders (a spare canvas, Skia's caches); the next chart
    /// makes them again. A no-op, without loading SkiaSharp, when no chart has been drawn.</summary>
    public static void ReleaseMemory() => ChartCanvas.Release();

    /// <summary>A member's accuracy per week (line, left 55%) and concept mastery (bars, right 45%).</summary>
    public FileAttachment? RenderMember(MemberChartData data, string fileName = "score.png")
    {
        ArgumentNullException.ThrowIfNull(data);
        if (fonts.File is not { } file)
        {
            return null;
        }

        var font = fonts.Family(file);
        var png = ChartCanvas.Png(Width, Height, (MemberChart.Accuracy(data.Weeks, font), 0.55), (MemberChart.Concepts(data.Concepts, font), 0.45));
        return FileAttachment.Png(fileName, png, ChartDescriptions.Member(data));
    }

    /// <summary>A group's week: per day, the drill's right % as a bar with its counts.</summary>
    public FileAttachment? RenderGroupWeek(GroupWeekData data, string fileName = "week.png")
    {
        ArgumentNullException.ThrowIfNull(data);
        if (fonts.File is not { } file)
        {
            return null;
        }

        var png = ChartCanvas.Png(Width, Height, (GroupWeekChart.Week(data, fonts.Family(file)), 1.0));
        return FileAttachment.Png(fileName, png, ChartDescriptions.GroupWeek(data));
    }
}
