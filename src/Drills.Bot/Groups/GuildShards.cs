using Drills.Discord;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Groups;

/// <summary>
/// Which guilds this process serves: those on the shards it runs (<c>Discord:ShardIds</c> of
/// <c>Discord:ShardCount</c>; all of them unsharded). A group's daily post and reveal are done only by the process
/// owning its guild's shard; the database claims (the post row, the reveal's close) still make a double impossible
/// when two processes are configured with the same shard by mistake.
/// </summary>
public sealed class GuildShards(IOptions<DiscordOptions> options)
{
    private readonly ShardSet shards = options.Value.Shards();

    public bool Owns(ulong guildId) => shards.Owns(guildId);
}
