namespace Drills.Discord;

/// <summary>
/// Body of a new message: channel messages, interaction responses (types 4 and 5) and follow-ups.
/// <see cref="AllowedMentions"/> defaults to <c>{"parse": []}</c> and is always sent unless replaced.
/// Content &lt;= 2000 chars; embeds &lt;= 10; flags: <see cref="MessageFlags.Ephemeral"/> (64).
/// </summary>
public sealed class MessageCreate
{
    public string? Content { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    public AllowedMentions? AllowedMentions { get; set; } = AllowedMentions.None;
    public MessageFlags? Flags { get; set; }

    /// <summary>Files to upload with the message (at most 10, 10 MiB in all; see <see cref="FileAttachment"/>). With
    /// files the request goes as multipart and its <c>attachments</c> list is written from them.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<FileAttachment>? Files { get; set; }
}
