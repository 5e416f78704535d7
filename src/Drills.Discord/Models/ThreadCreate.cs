namespace Drills.Discord;

/// <summary>
/// Body of <c>POST /channels/{channel_id}/messages/{message_id}/threads</c>: a public thread started from a message.
/// <see cref="Name"/> is 1-100 characters; <see cref="AutoArchiveDuration"/> is minutes of inactivity before Discord
/// archives the thread, one of <see cref="ThreadArchive"/>'s values (null: the channel's default).
/// </summary>
public sealed class ThreadCreate
{
    /// <summary>Discord's longest thread name.</summary>
    public const int MaxNameLength = 100;

    public string Name { get; set; } = "";
    public int? AutoArchiveDuration { get; set; }
}
