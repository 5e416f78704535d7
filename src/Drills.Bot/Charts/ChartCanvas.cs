using ScottPlot;
using SkiaSharp;

namespace Drills.Bot.Charts;

/// <summary>Draws plots side by side on one canvas and encodes it as a PNG.</summary>
internal static class ChartCanvas
{
    /// <param name="panels">Each plot with the share of the width it takes (the shares add up to 1).</param>
    public static byte[] Png(int width, int height, params (Plot Plot, double Share)[] panels)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not make a {width}x{height} surface.");
        surface.Canvas.Clear(new SKColor(ChartTheme.Background.ARGB));
        var left = 0f;
        foreach (var (plot, share) in panels)
        {
            var right = left + (float)(share * width);
            plot.Render(surface.Canvas, new PixelRect(left, right, 0, height));
            plot.Dispose();
            left = right;
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
