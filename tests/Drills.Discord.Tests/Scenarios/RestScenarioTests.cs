using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// REST against the fake Discord on the real clock: a 429 waits <c>retry_after</c> and the retry succeeds;
/// 5xx retried then given up; 50007 surfaces as a typed error without retry; command registration skipped
/// when unchanged (in memory, and after a restart by comparing with Discord's list); real bucket headers pace a
/// burst without a single 429. Times are only lower bounds (a busy machine makes waits longer, never shorter);
/// exact waits and the global pause are on a fake clock: <see cref="GlobalPauseScenarioTests"/>,
/// <c>RestRateLimitTests</c>.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class RestScenarioTests : ScenarioBase
{
    private const string MessagesRoute = "/channels/{channel_id}/messages";

    [Fact]
    public async Task RateLimit429WaitsRetryAfter_AndTheRetrySucceeds()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");
        Discord.Faults.RateLimitRoute("POST", MessagesRoute, retryAfterSeconds: 0.4);

        var message = await Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "hello" }, CancellationToken.None);

        var posts = Discord.Requests.Where(r => r.Route == MessagesRoute).ToList();
        Assert.Equal([429, 200], posts.Select(r => r.Status));
        Assert.True(posts[1].Timestamp - posts[0].Timestamp >= TimeSpan.FromMilliseconds(390), $"waited {posts[1].Timestamp - posts[0].Timestamp}");
        Assert.Equal("hello", Discord.GetMessage(message.Id)!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task ServerErrorsRetried_ThenGivenUp()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");
        Discord.Faults.ServerErrors("POST", MessagesRoute, count: 10, status: 502);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "x" }, CancellationToken.None));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(4, Discord.Requests.Count(r => r.Route == MessagesRoute)); // 1 + 3 retries
        Assert.Contains(Bot.Logs.Lines, l => l.Contains("giving up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerErrorBurst_IsRiddenOut()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");
        Discord.Faults.ServerErrors("POST", MessagesRoute, count: 2, status: 503);

        await Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "x" }, CancellationToken.None);

        Assert.Equal([503, 503, 200], Discord.Requests.Where(r => r.Route == MessagesRoute).Select(r => r.Status));
    }

    [Fact]
    public async Task ClosedDms50007SurfacesTyped_WithoutRetry()
    {
        var bob = Discord.CreateMember(Discord.CreateGuild("Dojo"), "bob", dmsClosed: true);

        var dm = await Bot.Rest.CreateDmAsync(bob.Id, CancellationToken.None);
        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Bot.Rest.CreateMessageAsync(dm.Id, new MessageCreate { Content = "reminder" }, CancellationToken.None));

        Assert.Equal((403, 50007), (error.StatusCode, error.Code));
        Assert.Single(Discord.Requests, r => r.Route == MessagesRoute);
    }

    [Fact]
    public async Task CommandRegistration_OverwritesEveryTime_TheClientKeepsNoRecord()
    {
        var guild = Discord.CreateGuild("Dojo");
        var app = (await Bot.Gateway.Ready).ApplicationId;
        var commands = SampleCommands.All;

        var first = await Bot.Rest.BulkOverwriteCommandsAsync(app, guild.Id, commands, CancellationToken.None);
        var second = await Bot.Rest.BulkOverwriteCommandsAsync(app, guild.Id, [.. commands, new ApplicationCommand { Name = "extra", Description = "New" }], CancellationToken.None);

        Assert.Equal(2, Puts());
        Assert.Equal(commands.Select(c => c.Name), first.Select(c => c.Name));
        Assert.Equal(commands.Count + 1, second.Count);
        Assert.Equal(commands.Count + 1, Discord.RegisteredCommands(guild.Id).Count);
        Assert.Equal(commands.Count + 1, (await Bot.Rest.GetCommandsAsync(app, guild.Id, CancellationToken.None)).Count);
    }

    private int Puts() => Discord.Requests.Count(r => r.Method == "PUT");

    [Fact]
    public async Task BucketHeadersPaceABurst_WithoutA429()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");

        // The fake's message bucket: 5 per 5 s per channel. The 6th waits for Reset-After instead of hitting 429.
        for (var i = 0; i < 6; i++)
        {
            await Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = $"n{i}" }, CancellationToken.None);
        }

        var posts = Discord.Requests.Where(r => r.Route == MessagesRoute).ToList();
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        Assert.True(posts[5].Timestamp - posts[0].Timestamp >= TimeSpan.FromSeconds(4), "the 6th request waited for the bucket reset");
    }
}
