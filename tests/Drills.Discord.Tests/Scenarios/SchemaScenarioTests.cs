namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Every kind of body the client sends, at once, through the fake's OpenAPI + docs validation: rich channel
/// messages (embed with fields, footer, timestamp; a button row and a select row), edits removing components,
/// DMs, global and guild command registration. (Every scenario also fails on any violation: see
/// <see cref="ScenarioBase"/>; callbacks of each type are covered by the interaction scenarios.)
/// </summary>
public sealed class SchemaScenarioTests : ScenarioBase
{
    [Fact]
    public async Task EveryBodySentPassesOpenApiValidation()
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        var app = (await Bot.Gateway.Ready).ApplicationId;

        var post = await Bot.Rest.CreateMessageAsync(
            channel.Id,
            new MessageCreate
            {
                Content = "New drill <t:1700000000:R> @everyone",
                Embeds =
                [
                    new Embed
                    {
                        Title = "Ladder", Description = "Find the move", Color = 0x3498DB, Url = "https://example.com/d/1",
                        Fields = [new EmbedField { Name = "Level", Value = "2", Inline = true }, new EmbedField { Name = "By", Value = "alice" }],
                        Footer = new EmbedFooter { Text = "drill 1" }, Timestamp = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
                    },
                ],
                Components =
                [
                    Component.ActionRow(Component.Button(ButtonStyle.Primary, "A", "predict:1:A"), Component.Button(ButtonStyle.Danger, "B", "predict:1:B", disabled: true), Component.LinkButton("Docs", "https://example.com")),
                    Component.ActionRow(Component.StringSelect("level:1", [new SelectOption { Label = "Easy", Value = "1", Description = "warm-up" }, new SelectOption { Label = "Hard", Value = "2", Default = true }], placeholder: "Level", minValues: 1, maxValues: 1)),
                ],
            },
            CancellationToken.None);
        await Bot.Rest.EditMessageAsync(channel.Id, post.Id, new MessageEdit { Content = "Revealed", Components = [] }, CancellationToken.None);
        var dm = await Bot.Rest.CreateDmAsync(alice.Id, CancellationToken.None);
        await Bot.Rest.CreateMessageAsync(dm.Id, new MessageCreate { Content = "Reminder", AllowedMentions = AllowedMentions.OnlyUsers(alice.Id) }, CancellationToken.None);
        await Bot.Rest.BulkOverwriteCommandsAsync(app, null, SampleCommands.All, CancellationToken.None);
        await Bot.Rest.BulkOverwriteCommandsAsync(app, guild.Id, SampleCommands.All, CancellationToken.None);

        Assert.Empty(Discord.Violations);
        Assert.All(Discord.Requests, r => Assert.InRange(r.Status, 200, 299));
        Assert.Equal(2, Discord.Requests.Count(r => r.Method == "PUT"));
        Assert.All(Discord.Requests, r => Assert.StartsWith("DiscordBot (", r.Headers.GetValueOrDefault("User-Agent"), StringComparison.Ordinal));
    }
}
