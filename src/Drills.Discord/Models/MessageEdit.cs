namespace Drills.Discord;

/// <summary>
/// Body of a message edit (PATCH; a null field is omitted, i.e. left unchanged). Set
/// <see cref="Components"/> to an empty list to remove all buttons. Also the data of an
/// "update message" (type 7) interaction response. Mentions default to <c>{"parse": []}</c>.
/// </summary>
public sealed class MessageEdit
{
    public string? Content { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    public AllowedMentions? AllowedMentions { get; set; } = AllowedMentions.None;
    public MessageFlags? Flags { get; set; }

    /// <summary>Files to upload with the message (at most 10, 10 MiB in all; see <see cref="FileAttachment"/>). With
    /// files the request goes as multipart and its <c>attachments</c> list is written from them; on an edit they replace the message's attachments.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<FileAttachment>? Files { get; set; }
}
