using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Rest.Routes;

/// <summary>Application commands: bulk overwrite, create, list, delete (docs/discord.md "Application commands").</summary>
internal static class CommandRoutes
{
    private const string Global = "/applications/{application_id}/commands";
    private const string Guild = "/applications/{application_id}/guilds/{guild_id}/commands";

    public static IEnumerable<RouteEntry> All(ServerCore core)
    {
        foreach (var template in new[] { Global, Guild })
        {
            yield return new RouteEntry("GET", new RouteTemplate(template), c => List(core, c));
            yield return new RouteEntry("PUT", new RouteTemplate(template), c => Overwrite(core, c));
            yield return new RouteEntry("POST", new RouteTemplate(template), c => Create(core, c));
            yield return new RouteEntry("DELETE", new RouteTemplate(template + "/{command_id}"), c => Delete(core, c));
        }
    }

    private static RestResult? Scope(ServerCore core, RestContext c, out JsonArray list, out ulong? guildId)
    {
        guildId = c.Snowflake("guild_id");
        list = core.Commands.GetOrAdd(guildId ?? 0, _ => []);
        if (c.Snowflake("application_id") != core.ApplicationId)
        {
            return RestResult.NotFound(10002, "Application");
        }

        return guildId is { } g && core.State.Guild(g) is null ? RestResult.NotFound(10004, "Guild") : null;
    }

    private static RestResult List(ServerCore core, RestContext c)
    {
        if (Scope(core, c, out var list, out _) is { } error)
        {
            return error;
        }

        lock (list)
        {
            return RestResult.Ok(list.DeepClone());
        }
    }

    private static RestResult Overwrite(ServerCore core, RestContext c)
    {
        if (Scope(core, c, out var list, out var guildId) is { } error)
        {
            return error;
        }

        var incoming = c.Body is { } b ? JsonNode.Parse(b.GetRawText()) as JsonArray ?? [] : [];
        lock (list)
        {
            var previous = list.Select(x => x!.DeepClone()).ToList();
            list.Clear();
            foreach (var command in incoming.OfType<JsonObject>())
            {
                var existing = previous.FirstOrDefault(p => (string?)p!["name"] == (string?)command["name"]);
                list.Add(Normalize(core, command, guildId, (string?)existing?["id"]));
            }

            Interlocked.Add(ref core.CommandWrites, incoming.Count);
            return RestResult.Ok(list.DeepClone());
        }
    }

    private static RestResult Create(ServerCore core, RestContext c)
    {
        if (Scope(core, c, out var list, out var guildId) is { } error)
        {
            return error;
        }

        var command = c.BodyObject ?? [];
        lock (list)
        {
            var existing = list.OfType<JsonObject>().FirstOrDefault(p => (string?)p["name"] == (string?)command["name"]);
            var normalized = Normalize(core, command, guildId, (string?)existing?["id"]);
            if (existing is not null)
            {
                list.Remove(existing);
            }

            list.Add(normalized);
            Interlocked.Increment(ref core.CommandWrites);
            return new RestResult(existing is null ? 201 : 200, normalized.DeepClone());
        }
    }

    private static RestResult Delete(ServerCore core, RestContext c)
    {
        if (Scope(core, c, out var list, out _) is { } error)
        {
            return error;
        }

        lock (list)
        {
            var found = list.OfType<JsonObject>().FirstOrDefault(p => (string?)p["id"] == c.Param("command_id"));
            return found is not null && list.Remove(found) ? RestResult.NoContent : RestResult.NotFound(10063, "application command");
        }
    }

    private static JsonObject Normalize(ServerCore core, JsonObject command, ulong? guildId, string? id)
    {
        var o = (JsonObject)command.DeepClone();
        o["id"] = id ?? Payloads.Id(core.State.Ids.Next());
        o["application_id"] = Payloads.Id(core.ApplicationId);
        o["version"] = Payloads.Id(core.State.Ids.Next());
        o["type"] ??= 1;
        o["description"] ??= string.Empty;
        o["default_member_permissions"] = o["default_member_permissions"]?.ToString();
        o["nsfw"] ??= false;
        if (guildId is { } g)
        {
            o["guild_id"] = Payloads.Id(g);
        }

        return o;
    }
}
