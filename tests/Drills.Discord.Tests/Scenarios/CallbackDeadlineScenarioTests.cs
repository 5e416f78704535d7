using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Against the fake Discord, whose callbacks keep failing with 503: with Discord's retry delays (1, 2, 4 s) the
/// client stops retrying the interaction's initial response once a retry could no longer land within 3 s,
/// instead of sending retries Discord can only refuse (10062).
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class CallbackDeadlineScenarioTests : ScenarioBase
{
    private const string CallbackRoute = "/interactions/{interaction_id}/{interaction_token}/callback";

    protected override IDictionary<string, string?> BotSettings => new Dictionary<string, string?> { ["Discord:ServerErrorRetryDelay"] = "00:00:01" };

    [Fact]
    public async Task CallbackServerErrors_NoRetryPastTheDeadline()
    {
        var guild = Discord.CreateGuild("Dojo");
        var alice = Discord.CreateMember(guild, "alice");
        Discord.Faults.ServerErrors("POST", CallbackRoute, count: 10, status: 503);
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(i, InteractionResponse.Message("pong"), ct);

        await Discord.SendSlashCommandAsync(alice, Discord.CreateTextChannel(guild, "drills"), "ping");
        await Support.Eventually.TrueAsync(() => Bot.Logs.Contains("could not land within the interaction's 3 s"), "the client to stop retrying");

        var attempts = Discord.Requests.Count(r => r.Route == CallbackRoute);
        Assert.InRange(attempts, 1, 2); // without the deadline: 4 (at 0, 1, 3 and 7 s)
    }
}
