using System.Net;
using Drills.Discord.Tests.Support;

namespace Drills.Discord.Tests.Rest;

/// <summary>
/// Failures: 5xx and network errors are retried a bounded number of times with backoff then surface;
/// a 4xx (50007 closed DMs, 10062, 40060...) becomes a <see cref="DiscordApiException"/> with the JSON code at
/// once, without retry; exception messages name the route template and never hold the token nor the
/// interaction token.
/// </summary>
public sealed class RestErrorTests : RestTestBase
{
    [Fact]
    public async Task ServerErrors_AreRetried_ThenGivenUp()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>");
        var client = Client(o => (o.MaxServerErrorRetries, o.ServerErrorRetryDelay) = (2, TimeSpan.FromMilliseconds(100)), onFakeClock: true);

        var send = client.CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None);
        var error = await Assert.ThrowsAsync<DiscordApiException>(async () => { await Clock.RunUntilAsync(send); });

        Assert.Equal(3, Http.Requests.Count);
        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.Code);
        var r = Http.Requests.ToArray();
        Assert.Equal(TimeSpan.FromMilliseconds(100), Between(r[0], r[1])); // first retry after the base delay
        Assert.Equal(TimeSpan.FromMilliseconds(200), Between(r[1], r[2])); // the backoff doubles
        Assert.True(Logs.Contains("giving up"));
    }

    [Fact]
    public async Task ServerError_ThenSuccess_Recovers()
    {
        var calls = 0;
        Http.Respond = _ => Interlocked.Increment(ref calls) <= 2
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"2"}""");

        var message = await Client().CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None);

        Assert.Equal(1UL, message.Id);
        Assert.Equal(3, Http.Requests.Count);
    }

    [Fact]
    public async Task NetworkErrors_AreRetried_ThenSurface()
    {
        Http.Respond = _ => throw new HttpRequestException("connection refused");

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Client(o => o.MaxServerErrorRetries = 1).CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None));

        Assert.Equal(2, Http.Requests.Count);
    }

    [Fact]
    public async Task CannotDmUser50007_SurfacesTyped_WithoutRetry()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.Forbidden, """{"message":"Cannot send messages to this user","code":50007}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Client().CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None));

        Assert.Single(Http.Requests);
        Assert.Equal((403, 50007, "POST /channels/{channel_id}/messages"), (error.StatusCode, error.Code, error.Route));
        Assert.Contains("Cannot send messages to this user", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidFormBody_KeepsTheErrorsDetail()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.BadRequest, """{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH"}]}}}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Client().CreateMessageAsync(2, new MessageCreate { Content = "x" }, CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.Contains("BASE_TYPE_MAX_LENGTH", error.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredInteraction_NamesTheRoute_NeverTheTokens()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.NotFound, """{"message":"Unknown interaction","code":10062}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Client().RespondAsync(SomeInteraction, InteractionResponse.Message("late"), CancellationToken.None));

        Assert.Equal(10062, error.Code);
        Assert.Equal("POST /interactions/{interaction_id}/{interaction_token}/callback", error.Route);
        Assert.DoesNotContain("interaction-token-abc", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_IsNotRetried()
    {
        Http.Respond = _ => StubHttpHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Client().GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Single(Http.Requests);
    }
}
