namespace Drills.Discord;

/// <summary>The invoking member of a guild interaction (<c>member</c>); <see cref="Permissions"/> is the
/// member's computed permission bitfield in the channel, sent by Discord as a string.</summary>
public sealed class GuildMember
{
    public User? User { get; set; }
    public string? Nick { get; set; }
    public ulong Permissions { get; set; }
    public IReadOnlyList<ulong>? Roles { get; set; }
}
