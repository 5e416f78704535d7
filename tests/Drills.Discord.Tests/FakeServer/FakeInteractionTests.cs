using System.Text.Json;
using Drills.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// Interactions end to end with a raw socket playing the bot: slash commands with subcommands,
/// buttons (type 7 edits), modal submits in both shapes, late (10062, on a fake clock) and double (40060)
/// callbacks, defer then @original edit, follow-ups, wrong callback type, no callback at all. The fake runs on
/// a fake clock wherever a callback is expected, so its 3-second deadline cannot pass while a busy machine is
/// slow to answer; it passes when the test moves the clock.
/// </summary>
public sealed class FakeInteractionTests
{
    private static readonly object NoPings = new { parse = Array.Empty<string>() };

    [Fact]
    public async Task SlashCommand_CallbackIsAcceptedAndRecorded()
    {
        await using var server = await FakeDiscordServer.StartAsync(OnAFakeClock());
        var guild = server.CreateGuild("g");
        var channel = server.CreateTextChannel(guild, "c");
        var alice = server.CreateMember(guild, "alice", permissions: 32);
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;
        using var rest = new RawRest(server);

        var pending = server.SendSlashCommandAsync(alice, channel, "drill", CommandOption.Subcommand("new", CommandOption.String("title", "Ladder")));
        var d = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        Assert.Equal("32", d.GetProperty("member").GetProperty("permissions").GetString());
        var sub = d.GetProperty("data").GetProperty("options")[0];
        Assert.Equal(1, sub.GetProperty("type").GetInt32());
        Assert.Equal("Ladder", sub.GetProperty("options")[0].GetProperty("value").GetString());
        var (status, _, _) = await Callback(rest, d, new { type = 4, data = new { content = "ok", flags = 64, allowed_mentions = NoPings } });
        var result = await pending;

        Assert.Equal(204, status);
        Assert.Equal(204, result.Status);
        Assert.Equal(4, result.CallbackType);
        Assert.True(result.IsEphemeral);
        Assert.Equal("ok", Assert.Single(result.Messages).Content);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task SecondCallback_Is40060_AndLateOne_Is10062()
    {
        var time = new FakeTimeProvider();
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { TimeProvider = time });
        var user = server.CreateMember(server.CreateGuild("g"), "u");
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;
        using var rest = new RawRest(server);

        var first = server.SendSlashCommandAsync(user, null, "ping");
        var d1 = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        Assert.Equal(1, d1.GetProperty("context").GetInt32());
        await Callback(rest, d1, new { type = 5 });
        var (again, body, _) = await Callback(rest, d1, new { type = 5 });
        Assert.Equal(400, again);
        Assert.Equal(40060, body.GetProperty("code").GetInt32());
        Assert.Equal(5, (await first).CallbackType);

        // On the fake's clock the deadline (3 s) passes only when the test says so.
        var late = server.SendSlashCommandAsync(user, null, "ping");
        var d2 = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        time.Advance(server.Options.InteractionDeadline + TimeSpan.FromMilliseconds(1));
        var (status, lateBody, _) = await Callback(rest, d2, new { type = 5 });
        Assert.Equal(404, status);
        Assert.Equal(10062, lateBody.GetProperty("code").GetInt32());
        Assert.Equal(10062, (await late).ErrorCode);
    }

    [Fact]
    public async Task Defer_ThenEditOriginalAndFollowUp()
    {
        await using var server = await FakeDiscordServer.StartAsync(OnAFakeClock());
        var guild = server.CreateGuild("g");
        var channel = server.CreateTextChannel(guild, "c");
        var user = server.CreateMember(guild, "u");
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;
        using var rest = new RawRest(server) { Authorize = false };

        var pending = server.SendButtonAsync(user, channel, "predict:1:A");
        var d = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        Assert.Equal("predict:1:A", d.GetProperty("data").GetProperty("custom_id").GetString());
        Assert.True(d.TryGetProperty("message", out _));
        await Callback(rest, d, new { type = 5, data = new { flags = 64 } });
        var result = await pending;
        var token = d.GetProperty("token").GetString();

        var (edit, _, _) = await rest.SendAsync("PATCH", $"/webhooks/{server.ApplicationId}/{token}/messages/@original", new { content = "done", allowed_mentions = NoPings });
        var (follow, _, _) = await rest.SendAsync("POST", $"/webhooks/{server.ApplicationId}/{token}", new { content = "more", allowed_mentions = NoPings });

        Assert.Equal(200, edit);
        Assert.Equal(200, follow);
        Assert.Equal("done", (await result.WaitForOriginalEditAsync(TimeSpan.FromSeconds(60))).Content);
        Assert.Equal("more", (await result.WaitForFollowUpAsync(TimeSpan.FromSeconds(60))).Content);
        Assert.Empty(server.Violations);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ModalSubmit_ComesInBothShapes(bool legacy)
    {
        await using var server = await FakeDiscordServer.StartAsync(OnAFakeClock());
        var guild = server.CreateGuild("g");
        var channel = server.CreateTextChannel(guild, "c");
        var user = server.CreateMember(guild, "u");
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;
        using var rest = new RawRest(server);

        var pending = server.SendModalSubmitAsync(user, channel, "predict-modal:1", new Dictionary<string, string> { ["answer"] = "B" }, legacy);
        var d = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
        var top = d.GetProperty("data").GetProperty("components")[0];
        var input = legacy ? top.GetProperty("components")[0] : top.GetProperty("component");
        Assert.Equal(legacy ? 1 : 18, top.GetProperty("type").GetInt32());
        Assert.Equal("B", input.GetProperty("value").GetString());

        // A modal cannot answer a modal submit.
        var (status, _, _) = await Callback(rest, d, new { type = 9, data = new { custom_id = "x", title = "t", components = Array.Empty<object>() } });
        Assert.Equal(400, status);
        Assert.Equal(400, (await pending).Status);
        Assert.NotEmpty(server.Violations);
    }

    [Fact]
    public async Task NoCallback_TimesOut()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            InteractionDeadline = TimeSpan.FromMilliseconds(100),
            InteractionGrace = TimeSpan.FromMilliseconds(50),
        });
        var user = server.CreateMember(server.CreateGuild("g"), "u");
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;

        var result = await server.SendAutocompleteAsync(user, null, "drill", CommandOption.Focus("name", "la"));

        Assert.True(result.TimedOut);
    }

    private static Task<(int Status, JsonElement Body, HttpResponseMessage Response)> Callback(RawRest rest, JsonElement d, object body) =>
        rest.SendAsync("POST", $"/interactions/{d.GetProperty("id").GetString()}/{d.GetProperty("token").GetString()}/callback", body);

    private static FakeDiscordOptions OnAFakeClock() => new() { TimeProvider = new FakeTimeProvider() };
}
