using System.Globalization;
using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Interactions;

/// <summary>INTERACTION_CREATE <c>d</c> objects as Discord sends them (docs/discord.md "Interactions").</summary>
internal static class InteractionPayloads
{
    public static JsonObject Interaction(ServerCore core, PendingInteraction i, JsonObject data, JsonObject? message)
    {
        var now = core.Time.GetUtcNow();
        var d = new JsonObject
        {
            ["id"] = Payloads.Id(i.Id),
            ["application_id"] = Payloads.Id(core.ApplicationId),
            ["type"] = i.Type,
            ["token"] = i.Token,
            ["version"] = 1,
            ["data"] = data,
            ["channel_id"] = Payloads.Id(i.Channel.Id),
            ["channel"] = Payloads.Channel(i.Channel, core.State),
            ["locale"] = "en-US",
            ["app_permissions"] = "2248473465835073",
            ["entitlements"] = new JsonArray(),
            ["attachment_size_limit"] = 10485760,
        };
        if (i.Channel.GuildId is { } guildId)
        {
            d["guild_id"] = Payloads.Id(guildId);
            d["guild_locale"] = "en-US";
            d["guild"] = new JsonObject { ["id"] = Payloads.Id(guildId), ["locale"] = "en-US", ["features"] = new JsonArray() };
            d["member"] = Payloads.Member(i.User, guildId, now);
            d["context"] = 0;
            d["authorizing_integration_owners"] = new JsonObject { ["0"] = Payloads.Id(guildId) };
        }
        else
        {
            d["user"] = Payloads.User(i.User);
            d["context"] = 1;
            d["authorizing_integration_owners"] = new JsonObject { ["0"] = Payloads.Id(i.User.Id) };
        }

        if (message is not null)
        {
            d["message"] = message;
        }

        return d;
    }

    /// <summary><c>data</c> of a command (type 2) or autocomplete (type 4) interaction.</summary>
    public static JsonObject Command(ServerCore core, string name, ulong? guildId, IReadOnlyList<CommandOption> options)
    {
        var data = new JsonObject
        {
            ["id"] = CommandId(core, name, guildId),
            ["name"] = name,
            ["type"] = 1,
        };
        if (guildId is { } g)
        {
            data["guild_id"] = Payloads.Id(g);
        }

        var resolved = new JsonObject();
        if (options.Count > 0)
        {
            data["options"] = Options(core, options, guildId, resolved);
        }

        if (resolved.Count > 0)
        {
            data["resolved"] = resolved;
        }

        return data;
    }

    public static JsonObject Component(string customId, int componentType, IReadOnlyList<string>? values)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = componentType };
        if (values is not null)
        {
            data["values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
        }

        return data;
    }

    /// <summary>
    /// Modal submit data, as Label components (type 18) or legacy action rows (type 1). Fields named in
    /// <paramref name="selects"/> are string selects (type 3, their chosen <c>values</c>: none for an empty string).
    /// </summary>
    public static JsonObject ModalSubmit(string customId, IDictionary<string, string> values, bool legacyActionRows, IReadOnlySet<string>? selects = null)
    {
        var components = new JsonArray();
        var id = 1;
        foreach (var (field, value) in values)
        {
            var input = selects?.Contains(field) == true
                ? new JsonObject
                {
                    ["type"] = 3, ["id"] = id + 1, ["custom_id"] = field,
                    ["values"] = value.Length == 0 ? new JsonArray() : new JsonArray(JsonValue.Create(value)),
                }
                : new JsonObject { ["type"] = 4, ["id"] = id + 1, ["custom_id"] = field, ["value"] = value };
            components.Add(legacyActionRows
                ? new JsonObject { ["type"] = 1, ["id"] = id, ["components"] = new JsonArray(input) }
                : new JsonObject { ["type"] = 18, ["id"] = id, ["component"] = input });
            id += 2;
        }

        return new JsonObject { ["custom_id"] = customId, ["components"] = components };
    }

    private static JsonArray Options(ServerCore core, IReadOnlyList<CommandOption> options, ulong? guildId, JsonObject resolved)
    {
        var array = new JsonArray();
        foreach (var o in options)
        {
            var node = new JsonObject { ["name"] = o.Name, ["type"] = o.Type };
            switch (o.Value)
            {
                case FakeUser u:
                    node["value"] = Payloads.Id(u.Id);
                    Resolved(resolved, "users")[Payloads.Id(u.Id)] = Payloads.User(u);
                    if (guildId is { } g && u.IsMemberOf(g))
                    {
                        Resolved(resolved, "members")[Payloads.Id(u.Id)] = Payloads.Member(u, g, core.Time.GetUtcNow(), withUser: false);
                    }

                    break;
                case FakeChannel c:
                    node["value"] = Payloads.Id(c.Id);
                    Resolved(resolved, "channels")[Payloads.Id(c.Id)] = Payloads.Channel(c, core.State);
                    break;
                case null:
                    break;
                case string s:
                    node["value"] = s;
                    break;
                case bool b:
                    node["value"] = b;
                    break;
                case double d:
                    node["value"] = d;
                    break;
                default:
                    node["value"] = Convert.ToInt64(o.Value, CultureInfo.InvariantCulture);
                    break;
            }

            if (o.Focused)
            {
                node["focused"] = true;
            }

            if (o.Options is { Count: > 0 } children)
            {
                node["options"] = Options(core, children, guildId, resolved);
            }
            else if (o.Type is 1 or 2)
            {
                node["options"] = new JsonArray();
            }

            array.Add(node);
        }

        return array;
    }

    private static JsonObject Resolved(JsonObject resolved, string key) =>
        resolved[key] as JsonObject ?? (JsonObject)(resolved[key] = new JsonObject());

    /// <summary>The registered command's id (guild first, then global), or a stable made-up one.</summary>
    private static string CommandId(ServerCore core, string name, ulong? guildId)
    {
        foreach (var scope in guildId is { } g ? new[] { g, 0UL } : [0UL])
        {
            if (core.Commands.TryGetValue(scope, out var list))
            {
                lock (list)
                {
                    if (list.FirstOrDefault(c => (string?)c?["name"] == name) is { } cmd)
                    {
                        return (string)cmd["id"]!;
                    }
                }
            }
        }

        var hash = name.Aggregate(1_000_003UL, (h, ch) => (h * 31) + ch);
        return (hash % 1_000_000_000_000UL).ToString(CultureInfo.InvariantCulture);
    }
}
