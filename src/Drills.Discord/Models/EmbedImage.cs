namespace Drills.Discord;

/// <summary>An embed's image: an https url, or <c>attachment://{filename}</c> for a file uploaded with the message.</summary>
public sealed class EmbedImage
{
    public string Url { get; set; } = "";

    /// <summary>The image of a file sent with the same message.</summary>
    public static EmbedImage Attachment(FileAttachment file) => new() { Url = file.AttachmentUrl };
}
