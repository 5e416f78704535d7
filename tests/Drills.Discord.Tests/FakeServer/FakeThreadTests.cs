using Drills.FakeDiscord;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// Start Thread from Message on the fake, through a raw HttpClient: 201 with a type 11
/// channel named as asked, whose id is the message's; a name over 100 characters or an archive duration Discord does
/// not offer is 50035 and a violation; a second thread on one message is 160004; no permission is 403 / 50013;
/// unknown messages and DMs are refused.
/// </summary>
public sealed class FakeThreadTests
{
    private static readonly object Hello = new { content = "hi", allowed_mentions = new { parse = Array.Empty<string>() } };

    [Fact]
    public async Task Thread_FromMessage_Is201_OnceOnly()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);
        var message = await PostAsync(rest, channel);

        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{message}/threads", new { name = "Drill 3: why ~3s?", auto_archive_duration = 1440 });
        var (again, second, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{message}/threads", new { name = "again" });

        Assert.Equal(201, status);
        Assert.Equal((message, 11, "Drill 3: why ~3s?", channel.Id.ToString()), (body.GetProperty("id").GetString(), body.GetProperty("type").GetInt32(), body.GetProperty("name").GetString(), body.GetProperty("parent_id").GetString()));
        Assert.Equal(1440, body.GetProperty("thread_metadata").GetProperty("auto_archive_duration").GetInt32());
        Assert.Equal((400, 160004), (again, second.GetProperty("code").GetInt32()));
        var thread = Assert.Single(server.Threads);
        Assert.Equal((ulong.Parse(message), channel.Id, "Drill 3: why ~3s?", 1440), (thread.MessageId, thread.ParentId, thread.Name, thread.AutoArchiveDuration));
        Assert.Empty(server.Violations);
    }

    [Theory]
    [InlineData("""{"name": ""}""", "name")]
    [InlineData("""{"auto_archive_duration": 60}""", "_errors")] // a missing field is reported on the body itself
    [InlineData("""{"name": "x", "auto_archive_duration": 30}""", "auto_archive_duration")]
    [InlineData("""{"name": "x", "rate_limit_per_user": 21601}""", "rate_limit_per_user")]
    public async Task BadBody_Is50035AndAViolation(string json, string field)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);
        var message = await PostAsync(rest, channel);

        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{message}/threads", json);

        Assert.Equal((400, 50035), (status, body.GetProperty("code").GetInt32()));
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.GetRawText());
        Assert.Single(server.Violations);
        Assert.Empty(server.Threads);
    }

    [Fact]
    public async Task NameOver100_Is50035()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);
        var message = await PostAsync(rest, channel);

        var (status, _, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{message}/threads", new { name = new string('a', 101) });
        var (ok, _, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{message}/threads", new { name = new string('a', 100) });

        Assert.Equal((400, 201), (status, ok));
    }

    [Fact]
    public async Task WithoutCreatePublicThreads_Is50013_PostingStillWorks()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);
        var message = await PostAsync(rest, channel);
        server.Faults.DenyThreads(channel);

        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{message}/threads", new { name = "t" });
        var posted = await PostAsync(rest, channel);
        server.Faults.DenyThreads(channel, denied: false);
        var (later, _, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/{posted}/threads", new { name = "t" });

        Assert.Equal((403, 50013), (status, body.GetProperty("code").GetInt32()));
        Assert.Equal(201, later);
        Assert.Single(server.Threads);
    }

    [Fact]
    public async Task UnknownMessage_And_Dm_AreRefused()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var guild = server.CreateGuild("g");
        var channel = server.CreateTextChannel(guild, "c");
        var user = server.CreateMember(guild, "bob");
        using var rest = new RawRest(server);

        var (unknown, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages/12345/threads", new { name = "t" });
        var dm = server.DmChannelOf(user);
        var (_, dmMessage, _) = await rest.SendAsync("POST", $"/channels/{dm.Id}/messages", Hello);
        var (inDm, dmBody, _) = await rest.SendAsync("POST", $"/channels/{dm.Id}/messages/{dmMessage.GetProperty("id").GetString()}/threads", new { name = "t" });

        Assert.Equal((404, 10008), (unknown, body.GetProperty("code").GetInt32()));
        Assert.Equal((400, 50024), (inDm, dmBody.GetProperty("code").GetInt32()));
        Assert.Empty(server.Threads);
    }

    private static async Task<string> PostAsync(RawRest rest, FakeChannel channel)
    {
        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", Hello);
        Assert.Equal(200, status);
        return body.GetProperty("id").GetString()!;
    }
}
