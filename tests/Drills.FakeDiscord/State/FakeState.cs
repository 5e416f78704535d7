using System.Collections.Concurrent;

namespace Drills.FakeDiscord.State;

/// <summary>The fake's world: guilds, channels, users, DM channels. Thread-safe.</summary>
internal sealed class FakeState(SnowflakeGenerator ids)
{
    private readonly ConcurrentDictionary<ulong, FakeGuild> _guilds = new();
    private readonly ConcurrentDictionary<ulong, FakeChannel> _channels = new();
    private readonly ConcurrentDictionary<ulong, FakeUser> _users = new();
    private readonly ConcurrentDictionary<ulong, FakeChannel> _dmByUser = new();
    private readonly ConcurrentDictionary<ulong, int> _channelFailures = new();
    private readonly ConcurrentDictionary<ulong, FakeThread> _threads = new();
    private readonly ConcurrentDictionary<ulong, bool> _threadsDenied = new();
    private readonly ConcurrentDictionary<ulong, bool> _filesDenied = new();

    public SnowflakeGenerator Ids => ids;

    public IReadOnlyList<FakeGuild> Guilds => _guilds.Values.OrderBy(g => g.Id).ToArray();

    public FakeGuild AddGuild(string name, ulong ownerId)
    {
        var guild = new FakeGuild(ids.Next(), name, ownerId);
        _guilds[guild.Id] = guild;
        return guild;
    }

    public FakeChannel AddTextChannel(FakeGuild guild, string name)
    {
        var channel = new FakeChannel(ids.Next(), name, guild.Id, null);
        _channels[channel.Id] = channel;
        guild.Add(channel);
        return channel;
    }

    public FakeUser AddUser(string name, bool isBot = false)
    {
        var user = new FakeUser(ids.Next(), name, isBot);
        _users[user.Id] = user;
        return user;
    }

    public FakeGuild? Guild(ulong id) => _guilds.GetValueOrDefault(id);

    public FakeChannel? Channel(ulong id) => _channels.GetValueOrDefault(id);

    public FakeUser? User(ulong id) => _users.GetValueOrDefault(id);

    /// <summary>The bot's DM channel with <paramref name="user"/> (one per user, like Discord).</summary>
    public FakeChannel DmChannel(FakeUser user) => _dmByUser.GetOrAdd(user.Id, _ =>
    {
        var channel = new FakeChannel(ids.Next(), string.Empty, null, user.Id);
        _channels[channel.Id] = channel;
        return channel;
    });

    /// <summary>Make posts to <paramref name="channelId"/> fail with <paramref name="code"/> (0 clears).</summary>
    public void SetChannelFailure(ulong channelId, int code)
    {
        if (code == 0)
        {
            _channelFailures.TryRemove(channelId, out _);
        }
        else
        {
            _channelFailures[channelId] = code;
        }
    }

    public int ChannelFailure(ulong channelId) => _channelFailures.GetValueOrDefault(channelId);

    /// <summary>Threads started from messages, oldest first.</summary>
    public IReadOnlyList<FakeThread> Threads => _threads.Values.OrderBy(t => t.Id).ToArray();

    /// <summary>Adds a thread on its message; false when the message has one already (Discord's 160004).</summary>
    public bool TryAddThread(FakeThread thread) => _threads.TryAdd(thread.MessageId, thread);

    /// <summary>Whether the bot lacks Create Public Threads in <paramref name="channelId"/>.</summary>
    public bool ThreadsDenied(ulong channelId) => _threadsDenied.ContainsKey(channelId);

    public void DenyThreads(ulong channelId, bool denied)
    {
        if (denied)
        {
            _threadsDenied[channelId] = true;
        }
        else
        {
            _threadsDenied.TryRemove(channelId, out _);
        }
    }

    /// <summary>Whether the bot lacks Attach Files in <paramref name="channelId"/>.</summary>
    public bool FilesDenied(ulong channelId) => _filesDenied.ContainsKey(channelId);

    public void DenyFiles(ulong channelId, bool denied)
    {
        if (denied)
        {
            _filesDenied[channelId] = true;
        }
        else
        {
            _filesDenied.TryRemove(channelId, out _);
        }
    }
}
