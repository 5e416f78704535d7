namespace Drills.Discord;

/// <summary>
/// Body of a message edit (PATCH; a null field is omitted, i.e. left unchanged). Set
/// <see cref="MessageBody.Components"/> to an empty list to remove all buttons. Also the data of an
/// "update message" (type 7) interaction response.
/// </summary>
public sealed class MessageEdit : MessageBody;
