using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// The same interaction delivered twice (same id, a new sequence: the fake's redelivery fault) reaches the
/// interaction handlers once and is answered once; the dispatch handlers still see both dispatches.
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class DuplicateInteractionScenarioTests : ScenarioBase
{
    private const string CallbackRoute = "/interactions/{interaction_id}/{interaction_token}/callback";

    [Fact]
    public async Task ARedeliveredInteraction_IsAnsweredOnce()
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(i, InteractionResponse.Message("pong"), ct);
        var first = await Discord.SendSlashCommandAsync(alice, channel, "score");
        var id = first.InteractionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(Discord.Faults.RedeliverInteraction(first.InteractionId));
        await Bot.Dispatches.WaitForAsync(d => d.Count(x => x.Type == "INTERACTION_CREATE" && x.Data.GetProperty("id").GetString() == id) == 2, "both deliveries");
        var later = await Discord.SendSlashCommandAsync(alice, channel, "score"); // any handler run for the repeat has answered by now

        Assert.Equal(204, later.Status);
        Assert.Single(Bot.Interactions.Seen, i => i.Id == first.InteractionId);
        Assert.Single(Discord.Requests, r => r.Route == CallbackRoute && r.Path.Contains(id, StringComparison.Ordinal));
        Assert.True(Bot.Logs.Contains("Skipped a duplicate INTERACTION_CREATE"));
    }
}
