using System.Globalization;

namespace Drills.Discord;

/// <summary>
/// The shards one process runs: <c>Discord:ShardIds</c> ("0-2", "0,2", "3" or a mix such as "0-1,4") out of
/// <c>Discord:ShardCount</c>. A guild's shard is <c>(guild_id &gt;&gt; 22) % ShardCount</c>; DMs arrive on shard 0
/// (docs/discord.md "Gateway limits").
/// </summary>
public sealed record ShardSet(IReadOnlyList<int> Ids, int Count)
{
    /// <summary>One unsharded connection (no <c>shard</c> in Identify): every guild and DM is ours.</summary>
    public static readonly ShardSet Unsharded = new([0], 1);

    /// <summary>The shard of <paramref name="guildId"/>.</summary>
    public static int ShardOf(ulong guildId, int count) => (int)((guildId >> 22) % (ulong)count);

    /// <summary>True when this process runs the shard of <paramref name="guildId"/>.</summary>
    public bool Owns(ulong guildId) => Ids.Contains(ShardOf(guildId, Count));

    /// <summary>True when DMs (always shard 0) arrive here.</summary>
    public bool ReceivesDms => Ids.Contains(0);

    /// <summary>Parses "0-2", "0,2", "0-1,4" (ids ascending, no repeats); null with <paramref name="error"/> when malformed.</summary>
    public static IReadOnlyList<int>? ParseIds(string text, out string? error)
    {
        var ids = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || to < from)
            {
                error = $"'{part}' is not a shard id or range (write e.g. 0-2 or 0,2)";
                return null;
            }

            for (var id = from; id <= to; id++)
            {
                if (ids.Contains(id))
                {
                    error = $"shard {id} is listed twice";
                    return null;
                }

                ids.Add(id);
            }
        }

        error = null;
        return ids.Order().ToArray();
    }
}
