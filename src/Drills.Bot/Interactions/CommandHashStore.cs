using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>
/// Remembers what was last registered per scope (application + guild or global) so unchanged commands are
/// not re-created on every start: 200 creations a day per guild, then 30034 (docs/discord.md "Application
/// commands"). Hashes live in memory and, when <see cref="BotDiscordOptions.CommandHashFile"/> is set, in a small
/// text file (<c>scope hash</c> per line). The bot's policy, not the client's: the client only lists and overwrites.
/// </summary>
internal sealed class CommandHashStore(string? filePath)
{
    private readonly Lock gate = new();
    private Dictionary<string, string>? hashes;

    public string? Get(string scope)
    {
        lock (gate)
        {
            return Load().GetValueOrDefault(scope);
        }
    }

    public void Set(string scope, string hash)
    {
        lock (gate)
        {
            var all = Load();
            all[scope] = hash;
            if (filePath is null)
            {
                return;
            }

            var dir = Path.GetDirectoryName(Path.GetFullPath(filePath));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            File.WriteAllLines(filePath, all.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        }
    }

    /// <summary>
    /// A canonical JSON form of a command list for comparing what we send with what Discord returns:
    /// commands sorted by type and name; nulls, <c>false</c> and empty arrays dropped (Discord echoes
    /// defaults such as <c>required: false</c> that we omit).
    /// </summary>
    public static string Canonical(IEnumerable<ApplicationCommand> commands)
    {
        var sorted = commands.OrderBy(c => c.Type).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var node = JsonSerializer.SerializeToNode(sorted, DiscordJson.Options);
        return Strip(node)?.ToJsonString() ?? "[]";
    }

    public static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var stripped = Strip(value);
                    if (stripped is null
                        || (stripped is JsonValue v && v.GetValueKind() == JsonValueKind.False)
                        || (stripped is JsonArray { Count: 0 }))
                    {
                        obj.Remove(key);
                    }
                }

                return obj;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                return array;
            default:
                return node;
        }
    }

    private Dictionary<string, string> Load()
    {
        if (hashes is not null)
        {
            return hashes;
        }

        hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (filePath is not null && File.Exists(filePath))
        {
            foreach (var line in File.ReadAllLines(filePath))
            {
                var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2)
                {
                    hashes[parts[0]] = parts[1];
                }
            }
        }

        return hashes;
    }
}
