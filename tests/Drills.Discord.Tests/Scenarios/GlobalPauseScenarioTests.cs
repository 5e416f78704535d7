using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// A global 429 from the fake Discord, with the client and the fake on one fake clock: other routes wait out
/// <c>retry_after</c> exactly, while an interaction callback goes through with no time passing at all: it
/// never queues behind the pause (docs/discord.md "Rate limits"). The global limit is Discord's 50/s, which the
/// client keeps as 5 per 102 ms: the few requests here all fit in one window, so only the pause holds them.
/// </summary>
public sealed class GlobalPauseScenarioTests : ScenarioBase
{
    protected override bool OnFakeClock => true;

    [Fact]
    public async Task Global429PausesOtherRoutes_ButNotInteractionCallbacks()
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        var posting = Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "to edit" }, CancellationToken.None);
        await Clock!.RunUntilAsync(posting, within: TimeSpan.FromSeconds(2)); // the first heartbeat is 8.25 s away
        var other = await posting;
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(i, InteractionResponse.Message("pong"), ct);
        Discord.Faults.GlobalRateLimit(retryAfterSeconds: 1);

        var limited = Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "first" }, CancellationToken.None);
        var global429 = await Discord.WaitForRequestAsync(r => r.Status == 429, Wait);
        await Clock.WaitForTimerAsync(TimeSpan.FromSeconds(1), "the 429's retry_after");
        var edit = Bot.Rest.EditMessageAsync(channel.Id, other.Id, new MessageEdit { Content = "edited" }, CancellationToken.None);
        await Clock.WaitForTimerAsync(TimeSpan.FromSeconds(1), "the edit's global pause", count: 2);

        // The clock stands still, so the pause is still on: the callback went around it.
        var callback = await Discord.SendSlashCommandAsync(alice, channel, "ping");
        Assert.Equal(204, callback.Status);
        Assert.Equal(global429.Timestamp, Discord.Requests.Single(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).Timestamp);
        Assert.DoesNotContain(Discord.Requests, r => r.Method == "PATCH");

        // The pause ends: the edit goes (the clock holds still until it has), and the 429'd post with it: the
        // limiter's window (5 per 102 ms) has room for both.
        Clock.Advance(TimeSpan.FromSeconds(1));
        await edit.WaitAsync(Wait);
        await Clock.RunUntilAsync(limited, within: TimeSpan.FromSeconds(2)); // the first heartbeat stays out of reach
        var editRequest = Discord.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal(global429.Timestamp + TimeSpan.FromSeconds(1), editRequest.Timestamp);
        Assert.Equal(editRequest.Timestamp, Discord.Requests.Last(r => r.Method == "POST" && r.Route == "/channels/{channel_id}/messages").Timestamp);
        Assert.Equal(1, Discord.Requests.Count(r => r.Status == 429));
        Assert.Equal("edited", Discord.GetMessage(other.Id)!["content"]!.GetValue<string>());
    }
}
