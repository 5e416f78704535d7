using System.Text.Json;
using Drills.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The fake gateway itself, driven by a raw socket: Hello/Identify/READY/GUILD_CREATE, heartbeat ACKs,
/// bad token (4004), Resume replaying missed dispatches, oversized (4002) and too many (4008) messages,
/// multi-frame messages, the recorded query string.
/// </summary>
public sealed class FakeGatewayTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Identify_SendsReadyThenGuildCreate()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(250) });
        var guild = server.CreateGuild("Dojo");
        server.CreateTextChannel(guild, "drills");
        await using var gateway = await RawGateway.ConnectAsync(server);

        var hello = await gateway.ReceiveAsync();
        Assert.Equal(10, hello.GetProperty("op").GetInt32());
        Assert.Equal(250, hello.GetProperty("d").GetProperty("heartbeat_interval").GetInt32());

        await gateway.SendAsync(new { op = 2, d = new { token = server.Token, intents = 1, properties = new { os = "linux", browser = "x", device = "x" } } });
        var ready = await gateway.ReceiveAsync();
        Assert.Equal("READY", ready.GetProperty("t").GetString());
        Assert.Equal(1, ready.GetProperty("s").GetInt32());
        var d = ready.GetProperty("d");
        Assert.Equal(server.GatewayResumeUrl, d.GetProperty("resume_gateway_url").GetString());
        Assert.Equal(server.ApplicationId.ToString(), d.GetProperty("application").GetProperty("id").GetString());
        Assert.Equal(server.BotUserId.ToString(), d.GetProperty("user").GetProperty("id").GetString());
        Assert.True(d.GetProperty("guilds")[0].GetProperty("unavailable").GetBoolean());

        var guildCreate = await gateway.ReceiveAsync();
        Assert.Equal("GUILD_CREATE", guildCreate.GetProperty("t").GetString());
        Assert.Equal(2, guildCreate.GetProperty("s").GetInt32());
        Assert.Equal("drills", guildCreate.GetProperty("d").GetProperty("channels")[0].GetProperty("name").GetString());
        await server.WaitForReadyAsync(Wait);
        Assert.Equal("?v=10&encoding=json", server.Connections[0].Query);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task Heartbeat_IsAcknowledgedUntilStopped()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (gateway, _) = await RawGateway.IdentifyAsync(server);
        await using var _g = gateway;

        await gateway.SendAsync(new { op = 1, d = 1 });
        Assert.Equal(11, (await gateway.ReceiveAsync()).GetProperty("op").GetInt32());

        server.Faults.StopHeartbeatAcks();
        await gateway.SendAsync(new { op = 1, d = 1 });
        await FakeDiscordServer.WaitUntilAsync(() => server.ReceivedFrames.Count(f => f.Op == 1) == 2, Wait);
        await server.Faults.RequestHeartbeatAsync();

        // The unacknowledged heartbeat got nothing: the next message is the server's op 1.
        Assert.Equal(1, (await gateway.ReceiveAsync()).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Identify_WithBadToken_Closes4004()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(server);
        await gateway.ReceiveAsync();
        await gateway.SendAsync(new { op = 2, d = new { token = "wrong", intents = 1, properties = new { os = "l", browser = "b", device = "d" } } });

        Assert.Equal(4004, await gateway.ReceiveCloseAsync());
        Assert.Equal(1, server.IdentifyCount);
    }

    [Fact]
    public async Task Resume_ReplaysMissedDispatchesThenResumed()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (first, ready) = await RawGateway.IdentifyAsync(server, intents: 0);
        var sessionId = ready.GetProperty("session_id").GetString();
        await server.Faults.DropConnectionAsync();
        await first.DisposeAsync();
        Assert.True(server.SendDispatch("SOMETHING_NEW", new { n = 1 }));

        await using var second = await RawGateway.ConnectAsync(server, server.GatewayResumeUrl);
        await second.ReceiveAsync();
        await second.SendAsync(new { op = 6, d = new { token = server.Token, session_id = sessionId, seq = 1 } });

        var replayed = await second.ReceiveAsync();
        Assert.Equal("SOMETHING_NEW", replayed.GetProperty("t").GetString());
        Assert.Equal(2, replayed.GetProperty("s").GetInt32());
        Assert.Equal("RESUMED", (await second.ReceiveAsync()).GetProperty("t").GetString());
        Assert.Equal(1, server.ResumeCount);
        Assert.True(server.Connections[0].Aborted);
        Assert.Equal("/gateway-resume", server.Connections[1].Path);
    }

    [Fact]
    public async Task Resume_OfUnknownSession_GetsInvalidSession()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(server);
        await gateway.ReceiveAsync();
        await gateway.SendAsync(new { op = 6, d = new { token = server.Token, session_id = "nope", seq = 3 } });

        var invalid = await gateway.ReceiveAsync();
        Assert.Equal(9, invalid.GetProperty("op").GetInt32());
        Assert.False(invalid.GetProperty("d").GetBoolean());
    }

    [Fact]
    public async Task FragmentedMessage_IsJoined()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (gateway, _) = await RawGateway.IdentifyAsync(server);
        await using var _g = gateway;

        await gateway.SendFragmentedAsync("""{"op":1,"d":2}""", pieces: 4);

        Assert.Equal(11, (await gateway.ReceiveAsync()).GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task OversizedMessage_Closes4002()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (gateway, _) = await RawGateway.IdentifyAsync(server);
        await using var _g = gateway;

        await gateway.SendFragmentedAsync(JsonSerializer.Serialize(new { op = 3, d = new { pad = new string('x', 5000) } }), pieces: 3);

        Assert.Equal(4002, await gateway.ReceiveCloseAsync());
        Assert.Contains(server.Violations, v => v.Reason.Contains("4096", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooManyEvents_Closes4008()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { GatewaySendLimit = 5, TimeProvider = new FakeTimeProvider() });
        var (gateway, _) = await RawGateway.IdentifyAsync(server);
        await using var _g = gateway;

        for (var i = 0; i < 6; i++)
        {
            await gateway.SendAsync(new { op = 3, d = new { status = "online", since = (int?)null, activities = Array.Empty<object>(), afk = false } });
        }

        Assert.Equal(4008, await gateway.ReceiveCloseAsync());
    }

    [Fact]
    public async Task QueryWithoutVersion_IsAViolation()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var gateway = await RawGateway.ConnectAsync(server, server.GatewayResumeUrl, query: string.Empty);
        await gateway.ReceiveAsync();

        Assert.Contains(server.Violations, v => v.Reason.Contains("v=10", StringComparison.Ordinal));
    }
}
