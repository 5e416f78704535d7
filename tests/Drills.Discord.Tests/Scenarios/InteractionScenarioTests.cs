using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Interactions end to end, typed: a slash command with a subcommand answered with a message; a defer then
/// an <c>@original</c> edit and a follow-up; a button updating its message (buttons removed); a modal opened and
/// submitted in both shapes (Label and action rows); autocomplete; a DM command; interactions handled
/// concurrently (three handlers in flight at once, so a slow one never holds up the next one's deadline).
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class InteractionScenarioTests : ScenarioBase
{
    private FakeGuild guild = null!;
    private FakeChannel channel = null!;
    private FakeUser alice = null!;

    [Fact]
    public async Task SlashCommandWithSubcommand_IsAnsweredWithAMessage()
    {
        Setup();
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(
            i,
            InteractionResponse.Message(new MessageCreate
            {
                Content = $"{i.GetSubcommand()}:{i.GetString("title")}:{i.GetInt("level")}:{i.Invoker!.Id}:{i.Member!.Permissions}",
                Flags = MessageFlags.Ephemeral,
                Components = [Component.ActionRow(Component.Button(ButtonStyle.Primary, "Go", "go:1"))],
            }),
            ct);

        var result = await Discord.SendSlashCommandAsync(alice, channel, "drill", CommandOption.Subcommand("new", CommandOption.String("title", "Ladder"), CommandOption.Integer("level", 2)));

        Assert.Equal((204, 4), (result.Status, result.CallbackType));
        Assert.Equal($"new:Ladder:2:{alice.Id}:32", result.Content);
        Assert.True(result.IsEphemeral);
    }

    [Fact]
    public async Task Deferred_ThenOriginalEdit_AndFollowUp()
    {
        Setup();
        Bot.Interactions.Answer = async (i, ct) =>
        {
            await Bot.Rest.RespondAsync(i, InteractionResponse.Defer(), ct);
            await Bot.Rest.EditOriginalResponseAsync(i.ApplicationId, i.Token, new MessageEdit { Content = "done" }, ct);
            await Bot.Rest.CreateFollowupAsync(i.ApplicationId, i.Token, new MessageCreate { Content = "and more", Flags = MessageFlags.Ephemeral }, ct);
        };

        var result = await Discord.SendSlashCommandAsync(alice, channel, "score");

        Assert.Equal(5, result.CallbackType);
        Assert.Equal("done", (await result.WaitForOriginalEditAsync(Wait)).Content);
        Assert.Equal("and more", (await result.WaitForFollowUpAsync(Wait)).Content);
    }

    [Fact]
    public async Task Button_UpdatesItsMessage_RemovingTheButtons()
    {
        Setup();
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(i, InteractionResponse.Update(new MessageEdit { Content = $"picked {i.Data!.CustomId}", Components = [] }), ct);

        var result = await Discord.SendButtonAsync(alice, channel, "predict:77:B");

        Assert.Equal((204, 7), (result.Status, result.CallbackType));
        Assert.Equal("picked predict:77:B", result.Content);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Modal_OpenedAndSubmitted_InBothShapes(bool legacyActionRows)
    {
        Setup();
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(
            i,
            i.Type == InteractionType.ModalSubmit
                ? InteractionResponse.Message($"{i.Data!.CustomId}={i.GetModalValue("move")}", ephemeral: true)
                : InteractionResponse.Modal("predict:9", "Your prediction", Component.LabelFor("Move", Component.TextInput("move", TextInputStyle.Short, maxLength: 20, required: true))),
            ct);

        var open = await Discord.SendButtonAsync(alice, channel, "open:9");
        var submit = await Discord.SendModalSubmitAsync(alice, channel, "predict:9", new Dictionary<string, string> { ["move"] = "Nf3" }, legacyActionRows);

        Assert.Equal((204, 9), (open.Status, open.CallbackType));
        Assert.Equal("predict:9=Nf3", submit.Content);
    }

    [Fact]
    public async Task Autocomplete_ReturnsChoices()
    {
        Setup();
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(
            i,
            InteractionResponse.Autocomplete([CommandChoice.Of($"{i.GetFocusedOption()!.Name}:{i.GetString("id")}1", "d-1"), CommandChoice.Of("two", "d-2")]),
            ct);

        var result = await Discord.SendAutocompleteAsync(alice, channel, "drill", CommandOption.Subcommand("show", CommandOption.Focus("id", "d-")));

        Assert.Equal((204, 8), (result.Status, result.CallbackType));
        Assert.Equal("id:d-1", result.Data!.Value.GetProperty("choices")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task DmCommand_HasTheUserAndNoGuild()
    {
        Setup();
        Bot.Interactions.Answer = (i, ct) => Bot.Rest.RespondAsync(i, InteractionResponse.Message($"{i.IsDm}:{i.Invoker!.Id}:{i.Context}"), ct);

        var result = await Discord.SendSlashCommandAsync(alice, null, "score");

        Assert.Equal($"True:{alice.Id}:BotDm", result.Content);
    }

    [Fact]
    public async Task InteractionsAreHandledConcurrently()
    {
        Setup();
        var started = 0;
        var allThree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Bot.Interactions.Answer = async (i, ct) =>
        {
            // Each handler answers only once all three are running at the same time: handled one after the
            // other, the first would wait for ever and miss its deadline. No clock is read.
            if (Interlocked.Increment(ref started) == 3)
            {
                allThree.TrySetResult();
            }

            await allThree.Task.WaitAsync(ct);
            await Bot.Rest.RespondAsync(i, InteractionResponse.Message("together"), ct);
        };

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Discord.SendSlashCommandAsync(alice, channel, "score")));

        Assert.All(results, r => Assert.Equal((204, "together"), (r.Status, r.Content)));
    }

    private void Setup()
    {
        guild = Discord.CreateGuild("Dojo");
        channel = Discord.CreateTextChannel(guild, "drills");
        alice = Discord.CreateMember(guild, "alice", permissions: 32);
    }
}
