using SkiaSharp;

namespace Drills.Bot.Tests.Charts;

/// <summary>A PNG decoded by a real decoder (SkiaSharp's), with what the tests look at.</summary>
internal sealed class PngPicture
{
    private readonly SKBitmap bitmap;

    private PngPicture(SKBitmap bitmap) => this.bitmap = bitmap;

    public int Width => bitmap.Width;

    public int Height => bitmap.Height;

    public static PngPicture Decode(ReadOnlyMemory<byte> png)
    {
        Assert.True(png.Span[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "PNG signature");
        using var codec = SKCodec.Create(new SKMemoryStream(png.ToArray()));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        return new PngPicture(SKBitmap.Decode(codec));
    }

    /// <summary>How many different colours the picture uses (anti-aliased text alone gives dozens).</summary>
    public int DistinctColours() => bitmap.Pixels.Distinct().Count();

    /// <summary>Pixels of exactly this colour (e.g. a bar's fill).</summary>
    public int Count(string hex) => bitmap.Pixels.Count(p => p == SKColor.Parse(hex));

    /// <summary>Pixels of exactly this colour in the columns [<paramref name="fromX"/>, <paramref name="toX"/>).</summary>
    public int CountInColumns(string hex, int fromX, int toX)
    {
        var colour = SKColor.Parse(hex);
        var n = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = fromX; x < toX; x++)
            {
                n += bitmap.GetPixel(x, y) == colour ? 1 : 0;
            }
        }

        return n;
    }

    /// <summary>The leftmost column holding a pixel of this colour, or -1.</summary>
    public int LeftmostColumn(string hex)
    {
        var colour = SKColor.Parse(hex);
        for (var x = 0; x < bitmap.Width; x++)
        {
            for (var y = 0; y < bitmap.Height; y++)
            {
                if (bitmap.GetPixel(x, y) == colour)
                {
                    return x;
                }
            }
        }

        return -1;
    }

    /// <summary>Pixels that are text-coloured (light: all channels above 180) in a region: text was drawn there.</summary>
    public int LightPixels(int fromX, int toX, int fromY, int toY)
    {
        var n = 0;
        for (var y = fromY; y < toY; y++)
        {
            for (var x = fromX; x < toX; x++)
            {
                var p = bitmap.GetPixel(x, y);
                n += p.Red > 180 && p.Green > 180 && p.Blue > 180 ? 1 : 0;
            }
        }

        return n;
    }
}
