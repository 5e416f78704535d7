using System.Text.Json.Nodes;
using Drills.FakeDiscord.Interactions;
using Drills.FakeDiscord.Rest;
using Drills.FakeDiscord.Rest.Routes;
using Drills.FakeDiscord.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Drills.FakeDiscord;

/// <summary>
/// A fake Discord on 127.0.0.1 (ephemeral port): WebSocket gateway v10 and HTTP API v10 speaking
/// Discord's JSON, scriptable from tests, enforcing Discord's rules (see README.md).
/// Start with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly ServerCore _core;
    private readonly WebApplication _app;
    private readonly InteractionHub _interactions;

    private FakeDiscordServer(ServerCore core, WebApplication app, Uri baseUrl)
    {
        _core = core;
        _app = app;
        BaseUrl = baseUrl;
        _interactions = new InteractionHub(core, this);
        Faults = new FaultInjector(core);
        core.Gateway.ResumeUrl = GatewayResumeUrl;
    }

    /// <summary>http://127.0.0.1:PORT</summary>
    public Uri BaseUrl { get; }

    /// <summary>http://127.0.0.1:PORT/api/v10 (the bot's REST base URL).</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/v10");

    /// <summary>ws://127.0.0.1:PORT/gateway (what <c>GET /gateway/bot</c> returns; the client adds <c>?v=10&amp;encoding=json</c>).</summary>
    public string GatewayUrl => $"ws://{BaseUrl.Authority}/gateway";

    /// <summary>ws://127.0.0.1:PORT/gateway-resume (READY's <c>resume_gateway_url</c>).</summary>
    public string GatewayResumeUrl => $"ws://{BaseUrl.Authority}/gateway-resume";

    /// <summary>The valid bot token.</summary>
    public string Token => _core.Options.Token;

    /// <summary>The application id (READY <c>application.id</c>, <c>application_id</c> of interactions and webhooks).</summary>
    public ulong ApplicationId => _core.ApplicationId;

    /// <summary>The bot's user id.</summary>
    public ulong BotUserId => _core.Bot.Id;

    /// <summary>The bot's user.</summary>
    public FakeUser BotUser => _core.Bot;

    /// <summary>The options the server runs with.</summary>
    public FakeDiscordOptions Options => _core.Options;

    /// <summary>
    /// Null when request bodies are also checked against Discord's official openapi.json; else why not. The
    /// project's own schemas check every body either way (unless <see cref="FakeDiscordOptions.ValidateSchemas"/> is off).
    /// </summary>
    public string? OfficialSpecSkippedReason => _core.Validator.OfficialSpecSkippedReason;

    /// <summary>Fault injection: gateway closes/reconnects, REST 429/5xx/delays, closed DMs, failing channels.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts a server on 127.0.0.1 with an ephemeral port.</summary>
    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var core = new ServerCore(options ?? new FakeDiscordOptions());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });

        FakeDiscordServer? server = null;
        var routes = ChannelRoutes.All(core)
            .Concat(ThreadRoutes.All(core))
            .Concat(InteractionRoutes.All(core))
            .Concat(WebhookRoutes.All(core))
            .Concat(CommandRoutes.All(core))
            .Concat(MiscRoutes.All(core, () => server!.GatewayUrl))
            .ToArray();
        var pipeline = new RestPipeline(core, routes);
        app.Run(http => http.Request.Path.StartsWithSegments(RestPipeline.Prefix, StringComparison.Ordinal)
            ? pipeline.HandleAsync(http)
            : http.Request.Path.Value is "/gateway" or "/gateway-resume" or "/gateway/" or "/gateway-resume/"
                ? core.Gateway.AcceptAsync(http)
                : NotFound(http));

        await app.StartAsync().ConfigureAwait(false);
        server = new FakeDiscordServer(core, app, new Uri(app.Urls.First()));
        return server;
    }

    /// <summary>Creates a guild; sends GUILD_CREATE to a connected session of its shard.</summary>
    public FakeGuild CreateGuild(string name)
    {
        var guild = _core.State.AddGuild(name, _core.Bot.Id);
        _core.Gateway.Dispatch("GUILD_CREATE", Payloads.GuildCreate(guild, _core.Bot, _core.State, _core.Time.GetUtcNow()), guild.Id, intent: 1);
        return guild;
    }

    /// <summary>Creates a text channel (type 0); sends CHANNEL_CREATE when connected.</summary>
    public FakeChannel CreateTextChannel(FakeGuild guild, string name)
    {
        var channel = _core.State.AddTextChannel(guild, name);
        _core.Gateway.Dispatch("CHANNEL_CREATE", Payloads.Channel(channel, _core.State), guild.Id, intent: 1);
        return channel;
    }

    /// <summary>Creates a user who is a member of <paramref name="guild"/> with <paramref name="permissions"/>.</summary>
    public FakeUser CreateMember(FakeGuild guild, string name, ulong permissions = 0, bool dmsClosed = false)
    {
        var user = _core.State.AddUser(name);
        user.DmsClosed = dmsClosed;
        AddMember(guild, user, permissions);
        return user;
    }

    /// <summary>Makes an existing user a member of another guild.</summary>
    public void AddMember(FakeGuild guild, FakeUser user, ulong permissions = 0)
    {
        user.SetPermissions(guild.Id, permissions);
        guild.Add(user);
    }

    /// <summary>The bot's DM channel with <paramref name="user"/> (the one <c>POST /users/@me/channels</c> returns).</summary>
    public FakeChannel DmChannelOf(FakeUser user) => _core.State.DmChannel(user);

    /// <summary>Sends an arbitrary dispatch (e.g. an unknown type) to the session owning <paramref name="guildId"/> (null: shard 0).</summary>
    /// <returns>False when no session exists.</returns>
    public bool SendDispatch(string type, object? data, ulong? guildId = null) =>
        _core.Gateway.Dispatch(type, data as JsonNode ?? System.Text.Json.JsonSerializer.SerializeToNode(data), guildId);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _core.Gateway.OpenConnections)
        {
            connection.Abort();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
