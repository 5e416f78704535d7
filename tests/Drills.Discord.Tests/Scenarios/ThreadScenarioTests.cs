using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Threads through the real client over sockets to the fake Discord: a public thread started on a message (its body
/// passes the schemas, the thread's id is the message's), and a missing Create Public Threads surfacing as 403 / 50013.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class ThreadScenarioTests : ScenarioBase
{
    [Fact]
    public async Task Client_StartsThread_AndSurfacesMissingPermission()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");
        var message = await Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "reveal" }, CancellationToken.None);

        var thread = await Bot.Rest.StartThreadFromMessageAsync(channel.Id, message.Id, new ThreadCreate { Name = "Drill 1: why 2?", AutoArchiveDuration = ThreadArchive.OneDay }, CancellationToken.None);
        var other = await Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "another" }, CancellationToken.None);
        Discord.Faults.DenyThreads(channel);
        var denied = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Bot.Rest.StartThreadFromMessageAsync(channel.Id, other.Id, new ThreadCreate { Name = "t" }, CancellationToken.None));

        Assert.Equal((message.Id, 11, "Drill 1: why 2?"), (thread.Id, thread.Type, thread.Name));
        Assert.Equal((403, DiscordErrorCodes.MissingPermissions), (denied.StatusCode, denied.Code));
        var started = Assert.Single(Discord.Threads);
        Assert.Equal((message.Id, channel.Id, 1440), (started.MessageId, started.ParentId, started.AutoArchiveDuration));
        Assert.Empty(Discord.Violations);
    }
}
