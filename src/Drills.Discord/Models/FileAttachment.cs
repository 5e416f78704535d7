namespace Drills.Discord;

/// <summary>
/// A file to upload with a message (<see cref="MessageBody.Files"/>;
/// docs/discord-uploads.md): sent as the multipart part <c>files[n]</c> and
/// listed in the message's <c>attachments</c> as <c>{id: n, filename, description}</c>. An embed shows it with
/// <c>attachment://{FileName}</c> (<see cref="EmbedImage.Attachment"/>). <see cref="FileName"/> keeps to
/// <c>[A-Za-z0-9_.-]</c> (other characters are rewritten by Discord and the reference breaks);
/// <see cref="Description"/> is the alt text (at most 1024 characters).
/// </summary>
public sealed record FileAttachment(string FileName, ReadOnlyMemory<byte> Content, string ContentType, string? Description = null)
{
    /// <summary>A PNG image (<c>image/png</c>).</summary>
    public static FileAttachment Png(string fileName, ReadOnlyMemory<byte> content, string? description = null) =>
        new(fileName, content, "image/png", description);

    /// <summary>What an embed puts in an image url to show this file.</summary>
    public string AttachmentUrl => "attachment://" + FileName;
}
