using Drills.FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Discord.Tests.FakeServer;

/// <summary>
/// The fake under concurrency: parallel posts and interactions are all recorded and answered,
/// an invalid-session/resume cycle on one socket, and the spec-absent skip reason.
/// </summary>
public sealed class FakeServerLoadTests
{
    private static readonly object Hello = new { content = "hi", allowed_mentions = new { parse = Array.Empty<string>() } };

    [Fact]
    public async Task ParallelPosts_AreAllRecorded()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { GlobalRequestsPerSecond = 100_000, BucketLimit = 100_000 });
        var guild = server.CreateGuild("g");
        var channels = Enumerable.Range(0, 8).Select(i => server.CreateTextChannel(guild, "c" + i)).ToArray();
        using var rest = new RawRest(server);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 800).Select(async i =>
            (await rest.SendAsync("POST", $"/channels/{channels[i % 8].Id}/messages", Hello)).Status));

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal(800, server.Messages.Count);
        Assert.Equal(800, server.Messages.Select(m => m.MessageId).Distinct().Count());
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task ParallelInteractions_AreAllAnswered()
    {
        // A fake clock: the 100th callback comes long after the first dispatch on a busy machine, never late.
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { TimeProvider = new FakeTimeProvider() });
        var guild = server.CreateGuild("g");
        var channel = server.CreateTextChannel(guild, "c");
        var user = server.CreateMember(guild, "u");
        var (gateway, _) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;
        using var rest = new RawRest(server) { Authorize = false };

        var sends = Enumerable.Range(0, 100).Select(i => server.SendButtonAsync(user, channel, "b:" + i)).ToArray();
        var callbacks = new List<Task>();
        for (var i = 0; i < 100; i++)
        {
            var d = (await gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).GetProperty("d");
            callbacks.Add(rest.SendAsync("POST", $"/interactions/{d.GetProperty("id").GetString()}/{d.GetProperty("token").GetString()}/callback", new { type = 6 }));
        }

        await Task.WhenAll(callbacks);
        var results = await Task.WhenAll(sends);

        Assert.All(results, r => Assert.Equal(204, r.Status));
        Assert.Equal(100, results.Select(r => r.InteractionId).Distinct().Count());
    }

    [Fact]
    public async Task InvalidSessionResumable_AllowsResumeOnTheSameSocket()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var (gateway, ready) = await RawGateway.IdentifyAsync(server, intents: 0);
        await using var _g = gateway;

        await server.Faults.SendInvalidSessionAsync(resumable: true);
        Assert.Equal(9, (await gateway.ReceiveAsync()).GetProperty("op").GetInt32());
        await gateway.SendAsync(new { op = 6, d = new { token = server.Token, session_id = ready.GetProperty("session_id").GetString(), seq = 1 } });

        Assert.Equal("RESUMED", (await gateway.ReceiveAsync()).GetProperty("t").GetString());
        await server.WaitForReadyAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task MissingSpec_GivesASkipReason()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { OpenApiPath = "/nonexistent/openapi.json" });

        Assert.Contains("does not exist", server.OfficialSpecSkippedReason, StringComparison.Ordinal);
    }
}
