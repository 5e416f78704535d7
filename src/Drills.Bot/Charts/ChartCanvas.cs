using System.Runtime.CompilerServices;
using ScottPlot;
using SkiaSharp;

namespace Drills.Bot.Charts;

/// <summary>
/// Draws plots side by side on one canvas and encodes it as a PNG. The canvas is reused: one spare surface is kept
/// between renders (a concurrent render makes its own), so a chart does not allocate, zero and free 1.25 MB of
/// native pixels each time, which also left glibc's heap fragmented. Skia's own caches are bounded (glyphs of one
/// font at four sizes fit easily), and <see cref="Release"/> hands all of it back when the bot goes quiet.
/// </summary>
internal static class ChartCanvas
{
    /// <summary>Skia's glyph cache (default 2 MB): the charts use one font at a few sizes.</summary>
    private const long FontCacheBytes = 512 * 1024;

    /// <summary>Skia's resource cache (default 32 MB): raster drawing barely uses it.</summary>
    private const long ResourceCacheBytes = 1024 * 1024;

    private static readonly Lock Gate = new();
    private static SKSurface? spare;
    private static int spareWidth;
    private static int spareHeight;
    private static int configured;

    /// <summary>True once a chart has been drawn: before that, SkiaSharp is not loaded and there is nothing to release.</summary>
    public static bool Used => Volatile.Read(ref configured) == 1;

    /// <param name="panels">Each plot with the share of the width it takes (the shares add up to 1).</param>
    public static byte[] Png(int width, int height, params (Plot Plot, double Share)[] panels)
    {
        if (Interlocked.Exchange(ref configured, 1) == 0)
        {
            SKGraphics.SetFontCacheLimit(FontCacheBytes);
            SKGraphics.SetResourceCacheTotalByteLimit(ResourceCacheBytes);
        }

        var surface = Take(width, height);
        try
        {
            surface.Canvas.Clear(new SKColor(ChartTheme.Background.ARGB));
            var left = 0f;
            foreach (var (plot, share) in panels)
            {
                var right = left + (float)(share * width);
                plot.Render(surface.Canvas, new PixelRect(left, right, 0, height));
                plot.Dispose();
                left = right;
            }

            surface.Canvas.Flush();

            // Skia's default PNG settings (every filter tried per row, zlib level 6) took ~25 ms of a ~30 ms render; the
            // "Sub" filter at level 3 takes ~3 ms for a file ~25% larger (~65 KB, far under Discord's 10 MiB).
            using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("The chart surface has no pixels to encode.");
            using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
                ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
            return png.ToArray();
        }
        finally
        {
            Return(surface, width, height);
        }
    }

    /// <summary>Drops the spare surface and empties Skia's caches (called when the bot goes quiet; a no-op before the first chart).</summary>
    public static void Release()
    {
        if (Used)
        {
            ReleaseSkia();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReleaseSkia()
    {
        SKSurface? drop;
        lock (Gate)
        {
            (drop, spare) = (spare, null);
        }

        drop?.Dispose();
        SKGraphics.PurgeAllCaches();
    }

    private static SKSurface Take(int width, int height)
    {
        lock (Gate)
        {
            if (spare is { } kept && spareWidth == width && spareHeight == height)
            {
                spare = null;
                return kept;
            }
        }

        return SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not make a {width}x{height} surface.");
    }

    private static void Return(SKSurface surface, int width, int height)
    {
        SKSurface? drop = surface;
        lock (Gate)
        {
            if (spare is null)
            {
                (spare, spareWidth, spareHeight, drop) = (surface, width, height, null);
            }
        }

        drop?.Dispose();
    }
}
