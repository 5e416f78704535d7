namespace Drills.Discord;

/// <summary>A file on a message as Discord returns it (the fields this client reads); images carry their size.</summary>
public sealed class Attachment
{
    public ulong Id { get; set; }
    public string Filename { get; set; } = "";
    public string? Description { get; set; }
    public string? ContentType { get; set; }
    public long Size { get; set; }
    public string Url { get; set; } = "";
    public int? Width { get; set; }
    public int? Height { get; set; }
}
