using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// What a new message (<see cref="MessageCreate"/>) and a message edit (<see cref="MessageEdit"/>) both carry.
/// <see cref="AllowedMentions"/> defaults to <c>{"parse": []}</c> and is always sent unless replaced.
/// Content &lt;= 2000 chars; embeds &lt;= 10; flags: <see cref="MessageFlags.Ephemeral"/> (64).
/// </summary>
public abstract class MessageBody : IInteractionCallbackData
{
    private protected MessageBody()
    {
    }

    public string? Content { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    public AllowedMentions? AllowedMentions { get; set; } = AllowedMentions.None;
    public MessageFlags? Flags { get; set; }

    /// <summary>Files to upload with the message (at most 10, 10 MiB in all; see <see cref="FileAttachment"/>). With
    /// files the request goes as multipart and its <c>attachments</c> list is written from them; on an edit they
    /// replace the message's attachments.</summary>
    [JsonIgnore]
    public IReadOnlyList<FileAttachment>? Files { get; set; }
}
