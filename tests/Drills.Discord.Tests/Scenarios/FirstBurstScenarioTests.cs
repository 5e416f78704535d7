using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// A first burst on a bucket the client has not learnt yet, against the fake Discord's buckets (2 requests per
/// second here): four follow-ups at once on a fresh interaction token draw no 429 (one request finds out
/// the limits, the rest wait for them).
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class FirstBurstScenarioTests : ScenarioBase
{
    private const string FollowUpRoute = "/webhooks/{webhook_id}/{webhook_token}";

    protected override FakeDiscordOptions FakeOptions => new()
    {
        HeartbeatInterval = TimeSpan.FromMilliseconds(200),
        BucketLimit = 2,
        BucketWindow = TimeSpan.FromSeconds(1),
    };

    [Fact]
    public async Task FourFollowUpsAtOnce_OnAFreshToken_DrawNo429()
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Bot.Interactions.Answer = async (i, ct) =>
        {
            await Bot.Rest.RespondAsync(i, InteractionResponse.Defer(), ct);
            await Task.WhenAll(Enumerable.Range(0, 4).Select(n =>
                Bot.Rest.CreateFollowupAsync(i.ApplicationId, i.Token, new MessageCreate { Content = $"part {n}" }, ct)));
            done.SetResult();
        };

        await Discord.SendSlashCommandAsync(alice, channel, "setup");
        await done.Task.WaitAsync(Wait);

        var followUps = Discord.Requests.Where(r => r.Route == FollowUpRoute).ToList();
        Assert.Equal(4, followUps.Count(r => r.Status == 200));
        Assert.DoesNotContain(followUps, r => r.Status == 429);
    }
}
