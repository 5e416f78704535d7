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
}
