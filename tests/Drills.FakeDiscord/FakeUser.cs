using System.Collections.Concurrent;

namespace Drills.FakeDiscord;

/// <summary>A Discord user known to the fake (a guild member or the bot itself).</summary>
public sealed class FakeUser
{
    private readonly ConcurrentDictionary<ulong, ulong> _permissions = new();
    private volatile bool _dmsClosed;

    internal FakeUser(ulong id, string name, bool isBot)
    {
        Id = id;
        Name = name;
        IsBot = isBot;
    }

    /// <summary>The user's snowflake.</summary>
    public ulong Id { get; }

    /// <summary>Username (also used as global name).</summary>
    public string Name { get; }

    /// <summary>True for the bot user.</summary>
    public bool IsBot { get; }

    /// <summary>When true, posting to this user's DM channel fails with 50007 (Discord: closed DMs).</summary>
    public bool DmsClosed
    {
        get => _dmsClosed;
        set => _dmsClosed = value;
    }

    /// <summary>Guilds this user is a member of.</summary>
    public IReadOnlyCollection<ulong> GuildIds => _permissions.Keys.ToArray();

    /// <summary>The member's permission bitfield in <paramref name="guildId"/> (sent as <c>member.permissions</c>).</summary>
    public ulong PermissionsIn(ulong guildId) => _permissions.TryGetValue(guildId, out var p) ? p : 0;

    internal void SetPermissions(ulong guildId, ulong permissions) => _permissions[guildId] = permissions;

    internal bool IsMemberOf(ulong guildId) => _permissions.ContainsKey(guildId);
}
