using System.Buffers.Binary;

namespace Drills.FakeDiscord.Uploads;

/// <summary>
/// Reads a PNG's size the way an image decoder starts: the 8-byte signature, then the IHDR chunk (length 13,
/// width and height as big-endian 32-bit values, both 1..2^31-1), and the IEND chunk closing the file (a
/// truncated upload lacks it).
/// </summary>
internal static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> End => [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <returns>Null when the bytes are a PNG (with <paramref name="width"/> and <paramref name="height"/>), else what is wrong.</returns>
    public static string? Read(ReadOnlySpan<byte> bytes, out int width, out int height)
    {
        width = height = 0;
        if (bytes.Length < 8 || !bytes[..8].SequenceEqual(Signature))
        {
            return "not a PNG: the file does not start with the PNG signature";
        }

        if (bytes.Length < 8 + 8 + 13 + 4 || BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]) != 13 || !bytes[12..16].SequenceEqual("IHDR"u8))
        {
            return "not a PNG: no IHDR chunk after the signature";
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]);
        if (w is 0 or > int.MaxValue || h is 0 or > int.MaxValue)
        {
            return $"not a PNG: IHDR gives a size of {w}x{h}";
        }

        if (!bytes.EndsWith(End))
        {
            return "not a PNG: the file does not end with an IEND chunk (truncated?)";
        }

        (width, height) = ((int)w, (int)h);
        return null;
    }
}
