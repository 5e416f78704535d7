using System.Text.Json;
using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The fake REST API through a raw HttpClient: auth (401), message posts and DMs (50007), schema and
/// docs-limit violations (50035), allowed_mentions, bucket and global limits with headers, injected
/// 429/5xx/50013, gateway/bot and command registration.
/// </summary>
public sealed class FakeRestTests
{
    private static readonly object Hello = new { content = "hi", allowed_mentions = new { parse = Array.Empty<string>() } };

    [Fact]
    public async Task BadToken_Is401()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var rest = new RawRest(server) { Authorize = false };

        var (status, _, _) = await rest.SendAsync("GET", "/gateway/bot");

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task GatewayBot_ReturnsUrlShardsAndStartLimit()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var rest = new RawRest(server);

        var (status, body, _) = await rest.SendAsync("GET", "/gateway/bot");

        Assert.Equal(200, status);
        Assert.Equal(server.GatewayUrl, body.GetProperty("url").GetString());
        Assert.Equal(1, body.GetProperty("shards").GetInt32());
        Assert.Equal(1, body.GetProperty("session_start_limit").GetProperty("max_concurrency").GetInt32());
    }

    [Fact]
    public async Task Post_IsRecordedWithBucketHeaders()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);

        var (status, body, response) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", Hello);

        Assert.Equal(200, status);
        Assert.Equal(channel.Id.ToString(), body.GetProperty("channel_id").GetString());
        Assert.Equal("5", RawRest.Header(response, "X-RateLimit-Limit"));
        Assert.Equal("4", RawRest.Header(response, "X-RateLimit-Remaining"));
        Assert.NotEmpty(RawRest.Header(response, "X-RateLimit-Bucket"));
        Assert.NotEmpty(RawRest.Header(response, "X-RateLimit-Reset-After"));
        Assert.Equal("hi", Assert.Single(server.Messages).Content);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task TooLongContent_Is50035AndAViolation()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);

        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", new { content = new string('a', 2001), allowed_mentions = new { parse = Array.Empty<string>() } });

        Assert.Equal(400, status);
        Assert.Equal(50035, body.GetProperty("code").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty("content", out _));
        Assert.Single(server.Violations);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task SchemaMismatchAndMissingAllowedMentions_AreViolations()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);

        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", new { content = 5 });

        Assert.Equal(400, status);
        var errors = body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("allowed_mentions", out _));
        Assert.Contains(Codes(errors, "content"), c => c.StartsWith("SCHEMA_", StringComparison.Ordinal));
        Assert.Single(server.Violations);
    }

    [DiscordSpecFact]
    public async Task WithTheOfficialSpec_BodiesAreCheckedByBothSchemas()
    {
        DiscordSpecSkip.RequirePath();
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);

        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", new { content = 5, allowed_mentions = new { parse = Array.Empty<string>() } });

        Assert.Null(server.OfficialSpecSkippedReason);
        Assert.Equal(400, status);
        var codes = Codes(body.GetProperty("errors"), "content");
        Assert.Contains(codes, c => c.StartsWith("SCHEMA_", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("OPENAPI_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bucket_Exhausted_Is429WithHeaders()
    {
        // On a fake clock the 5-second window cannot end between the requests, however slow the machine.
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BucketLimit = 2, TimeProvider = new FakeTimeProvider() });
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);

        await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", Hello);
        await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", Hello);
        var (status, body, response) = await rest.SendAsync("POST", $"/channels/{channel.Id}/messages", Hello);

        Assert.Equal(429, status);
        Assert.False(body.GetProperty("global").GetBoolean());
        Assert.True(body.GetProperty("retry_after").GetDouble() > 0);
        Assert.Equal("user", RawRest.Header(response, "X-RateLimit-Scope"));
        Assert.Equal("0", RawRest.Header(response, "X-RateLimit-Remaining"));
        Assert.NotEmpty(RawRest.Header(response, "Retry-After"));
    }

    [Fact]
    public async Task GlobalLimit_Is429Global()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { GlobalRequestsPerSecond = 3, BucketLimit = 100, TimeProvider = new FakeTimeProvider() });
        using var rest = new RawRest(server);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await rest.SendAsync("GET", "/users/@me")).Status);
        }

        Assert.Equal([200, 200, 200, 429], statuses);
        var last = server.Requests[^1];
        Assert.Equal(429, last.Status);
    }

    [Fact]
    public async Task ClosedDms_Are50007()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var user = server.CreateMember(server.CreateGuild("g"), "bob", dmsClosed: true);
        using var rest = new RawRest(server);

        var (_, dm, _) = await rest.SendAsync("POST", "/users/@me/channels", new { recipient_id = user.Id.ToString() });
        var (status, body, _) = await rest.SendAsync("POST", $"/channels/{dm.GetProperty("id").GetString()}/messages", Hello);

        Assert.Equal(403, status);
        Assert.Equal(50007, body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task InjectedFaults_AreServedThenCleared()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var channel = server.CreateTextChannel(server.CreateGuild("g"), "c");
        using var rest = new RawRest(server);
        server.Faults.ServerErrors("POST", "/channels/{channel_id}/messages", count: 1);
        server.Faults.RateLimitRoute(null, "/channels/", retryAfterSeconds: 0.25, count: 1);

        var path = $"/channels/{channel.Id}/messages";
        Assert.Equal(502, (await rest.SendAsync("POST", path, Hello)).Status);
        var (limited, body, _) = await rest.SendAsync("POST", path, Hello);
        Assert.Equal(429, limited);
        Assert.Equal(0.25, body.GetProperty("retry_after").GetDouble());
        Assert.Equal(200, (await rest.SendAsync("POST", path, Hello)).Status);

        server.Faults.FailChannel(channel, 50001);
        Assert.Equal(50001, (await rest.SendAsync("POST", path, Hello)).Body.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Commands_DefaultMemberPermissionsMustBeAString()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var guild = server.CreateGuild("g");
        using var rest = new RawRest(server);
        var path = $"/applications/{server.ApplicationId}/guilds/{guild.Id}/commands";

        var (bad, _, _) = await rest.SendAsync("PUT", path, """[{"name":"drill","description":"d","default_member_permissions":32}]""");
        var (good, body, _) = await rest.SendAsync("PUT", path, """[{"name":"drill","description":"d","default_member_permissions":"32"}]""");

        Assert.Equal(400, bad);
        Assert.Equal(200, good);
        Assert.Equal("32", body[0].GetProperty("default_member_permissions").GetString());
        Assert.Equal("drill", server.RegisteredCommands(guild.Id)[0]!["name"]!.GetValue<string>());
    }

    private static List<string> Codes(JsonElement errors, string field) =>
        errors.GetProperty(field).GetProperty("_errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
}
