using System.Text.Json.Nodes;
using Drills.FakeDiscord.State;

namespace Drills.FakeDiscord.Rest.Routes;

/// <summary>Gateway discovery, the bot's own user and application, users, guilds and members.</summary>
internal static class MiscRoutes
{
    public static IEnumerable<RouteEntry> All(ServerCore core, Func<string> gatewayUrl)
    {
        yield return new RouteEntry("GET", new RouteTemplate("/gateway"), _ => RestResult.Ok(new JsonObject { ["url"] = gatewayUrl() }));
        yield return new RouteEntry("GET", new RouteTemplate("/gateway/bot"), _ => RestResult.Ok(new JsonObject
        {
            ["url"] = gatewayUrl(),
            ["shards"] = core.Options.RecommendedShards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = 1000,
                ["remaining"] = Math.Max(0, 1000 - core.Gateway.IdentifyCount),
                ["reset_after"] = 86_400_000,
                ["max_concurrency"] = core.Options.MaxConcurrency,
            },
        }));
        yield return new RouteEntry("GET", new RouteTemplate("/users/@me"), _ => RestResult.Ok(Payloads.User(core.Bot)));
        yield return new RouteEntry("GET", new RouteTemplate("/applications/@me"), _ => RestResult.Ok(Application(core)));
        yield return new RouteEntry("GET", new RouteTemplate("/oauth2/applications/@me"), _ => RestResult.Ok(Application(core)));
        yield return new RouteEntry("GET", new RouteTemplate("/users/{user_id}"), c =>
            c.Snowflake("user_id") is { } id && core.State.User(id) is { } u ? RestResult.Ok(Payloads.User(u)) : RestResult.NotFound(10013, "User"));
        yield return new RouteEntry("GET", new RouteTemplate("/guilds/{guild_id}"), c =>
            c.Snowflake("guild_id") is { } id && core.State.Guild(id) is { } g
                ? RestResult.Ok(Payloads.GuildCreate(g, core.Bot, core.State, core.Time.GetUtcNow()))
                : RestResult.NotFound(10004, "Guild"));
        yield return new RouteEntry("GET", new RouteTemplate("/guilds/{guild_id}/members/{user_id}"), c =>
            c.Snowflake("guild_id") is { } g && c.Snowflake("user_id") is { } id && core.State.User(id) is { } u && (u.IsMemberOf(g) || u.IsBot)
                ? RestResult.Ok(Payloads.Member(u, g, core.Time.GetUtcNow()))
                : RestResult.NotFound(10007, "Member"));
    }

    private static JsonObject Application(ServerCore core) => new()
    {
        ["id"] = Payloads.Id(core.ApplicationId),
        ["name"] = "Drills",
        ["description"] = string.Empty,
        ["bot_public"] = false,
        ["bot_require_code_grant"] = false,
        ["flags"] = 0,
        ["bot"] = Payloads.User(core.Bot),
    };
}
