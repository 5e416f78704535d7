namespace Drills.FakeDiscord;

/// <summary>
/// A public thread (channel type 11) the bot started from a message. Like Discord, the thread's id is the message's
/// id; <see cref="AutoArchiveDuration"/> is in minutes.
/// </summary>
public sealed record FakeThread(ulong Id, ulong ParentId, ulong GuildId, string Name, int AutoArchiveDuration, DateTimeOffset CreatedAt)
{
    /// <summary>The message the thread was started from (the same snowflake as the thread).</summary>
    public ulong MessageId => Id;
}
