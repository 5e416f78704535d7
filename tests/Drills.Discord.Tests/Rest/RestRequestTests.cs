using System.Net;
using System.Text.Json;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// What every request looks like on the wire: Authorization (never on interaction webhooks), Discord's
/// User-Agent format, JSON bodies with snowflakes as strings, <c>allowed_mentions: {parse: []}</c> by default,
/// nulls omitted, and the concrete paths of each call.
/// </summary>
public sealed class RestRequestTests : RestTestBase
{
    [Fact]
    public async Task BotRoutes_CarryBotAuthorization_UserAgent_AndJson()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"900","channel_id":"5","content":"hi"}""");

        var message = await Client().CreateMessageAsync(5, new MessageCreate { Content = "hi" }, CancellationToken.None);

        var request = Assert.Single(Http.Requests);
        Assert.Equal(("POST", "/api/v10/channels/5/messages"), (request.Method, request.Path));
        Assert.Equal("Bot " + Token, request.Authorization);
        Assert.Equal("DiscordBot (https://github.com/drills-bot/drills, 1.0)", request.UserAgent);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal((900UL, 5UL, "hi"), (message.Id, message.ChannelId, message.Content));
    }

    [Fact]
    public async Task InteractionCallbacksAndWebhooks_HaveNoAuthorization()
    {
        Http.Respond = r => r.Path.EndsWith("/callback", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"2"}""");
        var client = Client();

        await client.RespondAsync(SomeInteraction, InteractionResponse.Defer(ephemeral: true), CancellationToken.None);
        await client.EditOriginalResponseAsync(222, "interaction-token-abc", new MessageEdit { Content = "done" }, CancellationToken.None);
        await client.CreateFollowupAsync(222, "interaction-token-abc", new MessageCreate { Content = "more" }, CancellationToken.None);

        Assert.Equal(
            ["POST /api/v10/interactions/111/interaction-token-abc/callback", "PATCH /api/v10/webhooks/222/interaction-token-abc/messages/@original", "POST /api/v10/webhooks/222/interaction-token-abc"],
            Http.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(Http.Requests, r => Assert.Null(r.Authorization));
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", Http.Requests.First().Body);
    }

    [Fact]
    public async Task MessageBodies_DefaultToParseNone_OmitNulls_AndWriteSnowflakesAsStrings()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"2"}""");
        var client = Client();

        await client.CreateMessageAsync(2, new MessageCreate { Content = "@everyone hi" }, CancellationToken.None);
        await client.EditMessageAsync(2, 1, new MessageEdit { Components = [] }, CancellationToken.None);
        await client.CreateMessageAsync(2, new MessageCreate { Content = "<@7>", AllowedMentions = AllowedMentions.OnlyUsers(7) }, CancellationToken.None);

        Assert.Equal(
            [
                """{"content":"@everyone hi","allowed_mentions":{"parse":[]}}""",
                """{"components":[],"allowed_mentions":{"parse":[]}}""",
                """{"content":"\u003C@7\u003E","allowed_mentions":{"parse":[],"users":["7"]}}""",
            ],
            Http.Requests.Select(r => r.Body));
        Assert.Equal("PATCH /api/v10/channels/2/messages/1", Http.Requests.ElementAt(1) is var e ? $"{e.Method} {e.Path}" : "");
    }

    [Fact]
    public async Task CreateDm_PostsRecipientId_AndCachesTheChannel()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"77","type":1,"recipients":[{"id":"12345678901234567890"}]}""");
        var client = Client();

        var first = await client.CreateDmAsync(12345678901234567890, CancellationToken.None);
        var second = await client.CreateDmAsync(12345678901234567890, CancellationToken.None);

        var request = Assert.Single(Http.Requests);
        Assert.Equal("/api/v10/users/@me/channels", request.Path);
        Assert.Equal("""{"recipient_id":"12345678901234567890"}""", request.Body);
        Assert.Equal((77UL, 1), (first.Id, first.Type));
        Assert.Same(first, second);
    }

    [Fact]
    public async Task GatewayBot_IsParsed()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.OK, """{"url":"wss://gateway.test","shards":2,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":1},"extra":1}""");

        var info = await Client().GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(("wss://gateway.test", 2, 999), (info.Url, info.Shards, info.SessionStartLimit!.Remaining));
        Assert.Equal("GET /api/v10/gateway/bot", Http.Requests.Single() is var r ? $"{r.Method} {r.Path}" : "");
    }

    [Fact]
    public void ModalResponse_SerializesLabelWrappedInputs()
    {
        var modal = InteractionResponse.Modal(
            "predict:42",
            "Your prediction",
            Component.LabelFor("Move", Component.TextInput("move", TextInputStyle.Short, maxLength: 20, required: true)));

        Assert.Equal(
            """{"type":9,"data":{"custom_id":"predict:42","title":"Your prediction","components":[{"type":18,"label":"Move","component":{"type":4,"style":1,"custom_id":"move","max_length":20,"required":true}}]}}""",
            JsonSerializer.Serialize(modal, DiscordJson.Options));
    }
}
