namespace Drills.FakeDiscord;

/// <summary>
/// A file the bot uploaded with a message (part <c>files[n]</c>, <see cref="Id"/> = n): its name, content type,
/// alt text, bytes, and for a PNG the size read from its IHDR chunk.
/// </summary>
public sealed record RecordedFile(int Id, string FileName, string ContentType, string? Description, byte[] Content, int? Width, int? Height)
{
    /// <summary>True when the file is a PNG whose header was read.</summary>
    public bool IsPng => Width is not null;
}
