using System.Globalization;
using System.Text.Json.Nodes;

namespace Drills.FakeDiscord.State;

/// <summary>Discord JSON objects as the API sends them (snowflakes as strings).</summary>
internal static class Payloads
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(FakeUser u) => new()
    {
        ["id"] = Id(u.Id),
        ["username"] = u.Name,
        ["global_name"] = u.Name,
        ["discriminator"] = "0",
        ["avatar"] = null,
        ["bot"] = u.IsBot,
        ["public_flags"] = 0,
    };

    public static JsonObject Member(FakeUser u, ulong guildId, DateTimeOffset now, bool withUser = true)
    {
        var m = new JsonObject
        {
            ["roles"] = new JsonArray(),
            ["joined_at"] = Iso(now),
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["pending"] = false,
            ["nick"] = null,
            ["avatar"] = null,
            ["permissions"] = u.PermissionsIn(guildId).ToString(CultureInfo.InvariantCulture),
        };
        if (withUser)
        {
            m["user"] = User(u);
        }

        return m;
    }

    public static JsonObject Channel(FakeChannel c, FakeState state)
    {
        var o = new JsonObject { ["id"] = Id(c.Id), ["type"] = c.Type, ["last_message_id"] = null, ["flags"] = 0 };
        if (c.IsDm)
        {
            var recipient = state.User(c.RecipientId!.Value);
            o["recipients"] = recipient is null ? new JsonArray() : new JsonArray(User(recipient));
        }
        else
        {
            o["guild_id"] = Id(c.GuildId!.Value);
            o["name"] = c.Name;
            o["position"] = 0;
            o["permission_overwrites"] = new JsonArray();
            o["nsfw"] = false;
            o["parent_id"] = null;
            o["topic"] = null;
            o["rate_limit_per_user"] = 0;
        }

        return o;
    }

    public static JsonObject GuildCreate(FakeGuild g, FakeUser bot, FakeState state, DateTimeOffset now)
    {
        var channels = new JsonArray();
        foreach (var c in g.Channels)
        {
            channels.Add(Channel(c, state));
        }

        var members = new JsonArray(Member(bot, g.Id, now));
        return new JsonObject
        {
            ["id"] = Id(g.Id),
            ["name"] = g.Name,
            ["icon"] = null,
            ["owner_id"] = Id(g.OwnerId),
            ["unavailable"] = false,
            ["large"] = false,
            ["member_count"] = g.Members.Count + 1,
            ["joined_at"] = Iso(now),
            ["features"] = new JsonArray(),
            ["roles"] = new JsonArray(new JsonObject
            {
                ["id"] = Id(g.Id), ["name"] = "@everyone", ["permissions"] = "0", ["position"] = 0,
                ["color"] = 0, ["hoist"] = false, ["managed"] = false, ["mentionable"] = false,
            }),
            ["emojis"] = new JsonArray(),
            ["stickers"] = new JsonArray(),
            ["channels"] = channels,
            ["threads"] = new JsonArray(),
            ["members"] = members,
            ["voice_states"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
            ["preferred_locale"] = "en-US",
        };
    }

    /// <summary>A message object built from the bot's request body (content, embeds, components, flags).</summary>
    public static JsonObject Message(ulong id, ulong channelId, ulong? guildId, FakeUser author, JsonObject? body, DateTimeOffset now, int type = 0)
    {
        var m = new JsonObject
        {
            ["id"] = Id(id),
            ["channel_id"] = Id(channelId),
            ["type"] = type,
            ["author"] = User(author),
            ["content"] = string.Empty,
            ["timestamp"] = Iso(now),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["pinned"] = false,
            ["flags"] = 0,
        };
        if (guildId is { } g)
        {
            m["guild_id"] = Id(g);
        }

        Merge(m, body);
        return m;
    }

    /// <summary>Applies the message fields of a create/edit body onto <paramref name="message"/>.</summary>
    public static void Merge(JsonObject message, JsonObject? body)
    {
        if (body is null)
        {
            return;
        }

        foreach (var key in new[] { "content", "embeds", "components", "flags", "tts", "attachments" })
        {
            if (body.TryGetPropertyValue(key, out var value))
            {
                message[key] = value?.DeepClone() ?? key switch
                {
                    "content" => string.Empty,
                    "flags" => 0,
                    "tts" => false,
                    _ => new JsonArray(),
                };
            }
        }
    }
}
