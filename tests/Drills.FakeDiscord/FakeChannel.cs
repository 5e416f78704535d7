namespace Drills.FakeDiscord;

/// <summary>A guild text channel (type 0) or a DM channel (type 1) between the bot and one user.</summary>
public sealed class FakeChannel
{
    internal FakeChannel(ulong id, string name, ulong? guildId, ulong? recipientId)
    {
        Id = id;
        Name = name;
        GuildId = guildId;
        RecipientId = recipientId;
    }

    /// <summary>The channel's snowflake.</summary>
    public ulong Id { get; }

    /// <summary>Channel name (empty for DMs).</summary>
    public string Name { get; }

    /// <summary>The guild, or null for a DM channel.</summary>
    public ulong? GuildId { get; }

    /// <summary>For DM channels: the user on the other side.</summary>
    public ulong? RecipientId { get; }

    /// <summary>True for a DM channel.</summary>
    public bool IsDm => GuildId is null;

    /// <summary>Discord channel type: 0 GUILD_TEXT, 1 DM.</summary>
    public int Type => IsDm ? 1 : 0;
}
