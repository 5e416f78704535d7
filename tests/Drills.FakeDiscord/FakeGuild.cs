using System.Collections.Concurrent;

namespace Drills.FakeDiscord;

/// <summary>A guild of the fake; create with <see cref="FakeDiscordServer.CreateGuild"/>.</summary>
public sealed class FakeGuild
{
    private readonly ConcurrentQueue<FakeChannel> _channels = new();
    private readonly ConcurrentQueue<FakeUser> _members = new();

    internal FakeGuild(ulong id, string name, ulong ownerId)
    {
        Id = id;
        Name = name;
        OwnerId = ownerId;
    }

    /// <summary>The guild's snowflake.</summary>
    public ulong Id { get; }

    /// <summary>The guild's name.</summary>
    public string Name { get; }

    /// <summary>The owner (the first member created, or the bot while the guild is empty).</summary>
    public ulong OwnerId { get; }

    /// <summary>Text channels, in creation order.</summary>
    public IReadOnlyList<FakeChannel> Channels => _channels.ToArray();

    /// <summary>Members (not counting the bot), in creation order.</summary>
    public IReadOnlyList<FakeUser> Members => _members.ToArray();

    internal void Add(FakeChannel channel) => _channels.Enqueue(channel);

    internal void Add(FakeUser member) => _members.Enqueue(member);
}
