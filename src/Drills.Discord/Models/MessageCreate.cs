namespace Drills.Discord;

/// <summary>Body of a new message: channel messages, interaction responses (types 4 and 5) and follow-ups.
/// A new message must show something (content, an embed or a component).</summary>
public sealed class MessageCreate : MessageBody;
