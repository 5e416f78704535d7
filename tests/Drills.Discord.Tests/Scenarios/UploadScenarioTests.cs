using Drills.Discord.Tests.Support;
using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Scenarios;

/// <summary>
/// Files through the real client over sockets to the fake Discord: a channel post with a PNG shown by its embed
/// (accepted, recorded byte for byte with its size); a type 4 response, a type 7 update, an <c>@original</c>
/// edit after a defer and a follow-up, each with a file; a 429 and a 502 retried with the files sent again in
/// full; what Discord would refuse is refused by the client before sending (11 files, over 10 MiB, a filename
/// with a space, two files of one name, a content type that is not type/subtype), also as an interaction
/// response; a non-PNG sent as image/png reaches the fake and is refused there (400, 50035).
/// </summary>
[Collection(SerialScenarios.Name)]
public sealed class UploadScenarioTests : ScenarioBase
{
    private const string MessagesRoute = "/channels/{channel_id}/messages";
    private static readonly FileAttachment Chart = FileAttachment.Png("score.png", TestPng.Create(80, 40), "Accuracy over 8 weeks");

    [Fact]
    public async Task MessageWithPng_IsAcceptedAndRecordedByteForByte()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");

        var message = await Bot.Rest.CreateMessageAsync(channel.Id, WithChart("Your week"), CancellationToken.None);

        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal(("score.png", 80, 40, "Accuracy over 8 weeks"), (attachment.Filename, attachment.Width, attachment.Height, attachment.Description));
        Assert.Equal(attachment.Url, Assert.Single(message.Embeds!).Image!.Url);
        var recorded = Assert.Single(Discord.Messages);
        var file = Assert.Single(recorded.Files);
        Assert.Equal((0, "score.png", "image/png", 80, 40), (file.Id, file.FileName, file.ContentType, file.Width, file.Height));
        Assert.Equal(Chart.Content.ToArray(), file.Content);
        Assert.Equal("0", recorded.Body.GetProperty("attachments")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task InteractionResponses_CarryFiles()
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        Bot.Interactions.Answer = (i, ct) => i.Type == InteractionType.ApplicationCommand
            ? Bot.Rest.RespondAsync(i, InteractionResponse.Message(WithChart("Your score")), ct)
            : Bot.Rest.RespondAsync(i, InteractionResponse.Update(new MessageEdit { Content = "updated", Embeds = WithChart("Week").Embeds, Files = [Chart] }), ct);

        var reply = await Discord.SendSlashCommandAsync(alice, channel, "score");
        var update = await Discord.SendButtonAsync(alice, channel, "chart:1");

        Assert.Equal((204, 4), (reply.Status, reply.CallbackType));
        Assert.Equal((204, 7), (update.Status, update.CallbackType));
        Assert.All(Discord.Messages.Where(m => m.Source is MessageSource.InteractionResponse or MessageSource.InteractionUpdate), m =>
            Assert.Equal(Chart.Content.ToArray(), Assert.Single(m.Files).Content));
        Assert.Equal(2, Discord.Messages.Count(m => m.Files.Count == 1));
    }

    [Fact]
    public async Task OriginalEditAfterADefer_AndAFollowUp_CarryFiles()
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        Message? edited = null;
        Bot.Interactions.Answer = async (i, ct) =>
        {
            await Bot.Rest.RespondAsync(i, InteractionResponse.Defer(ephemeral: true), ct);
            edited = await Bot.Rest.EditOriginalResponseAsync(i.ApplicationId, i.Token, new MessageEdit { Embeds = WithChart("Score").Embeds, Files = [Chart] }, ct);
            await Bot.Rest.CreateFollowupAsync(i.ApplicationId, i.Token, new MessageCreate { Content = "also", Flags = MessageFlags.Ephemeral, Files = [Chart with { FileName = "again.png" }] }, ct);
        };

        var result = await Discord.SendSlashCommandAsync(alice, channel, "score");

        Assert.Equal("score.png", Assert.Single((await result.WaitForOriginalEditAsync(Wait)).Files).FileName);
        Assert.Equal("again.png", Assert.Single((await result.WaitForFollowUpAsync(Wait)).Files).FileName);
        Assert.Equal(40, Assert.Single(edited!.Attachments!).Height);
    }

    [Fact]
    public async Task RetriesAfter429And502_SendTheFilesAgainInFull()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");
        Discord.Faults.RateLimitRoute("POST", MessagesRoute, retryAfterSeconds: 0.2);

        await Bot.Rest.CreateMessageAsync(channel.Id, WithChart("a"), CancellationToken.None);
        Discord.Faults.ServerErrors("POST", MessagesRoute, count: 1, status: 502);
        await Bot.Rest.CreateMessageAsync(channel.Id, WithChart("b"), CancellationToken.None);

        Assert.Equal([429, 200, 502, 200], Discord.Requests.Where(r => r.Route == MessagesRoute).Select(r => r.Status));
        Assert.All(Discord.Messages, m => Assert.Equal(Chart.Content.ToArray(), Assert.Single(m.Files).Content));
        Assert.Equal(2, Discord.Messages.Count);
    }

    public static TheoryData<string> Refused => ["11 files", "over 10 MiB", "space in name", "same name twice", "no type/subtype"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task WhatDiscordRefuses_IsNotSent(string what)
    {
        var guild = Discord.CreateGuild("Dojo");
        var channel = Discord.CreateTextChannel(guild, "drills");
        var alice = Discord.CreateMember(guild, "alice");
        IReadOnlyList<FileAttachment> files = what switch
        {
            "11 files" => [.. Enumerable.Range(0, 11).Select(n => Chart with { FileName = $"c{n}.png" })],
            "over 10 MiB" => [Chart, new FileAttachment("big.bin", new byte[FileUploadLimits.MaxUploadBytes], "application/octet-stream")],
            "space in name" => [Chart with { FileName = "my score.png" }],
            "same name twice" => [Chart, Chart],
            _ => [Chart with { ContentType = "png" }],
        };
        var refusedInHandler = new TaskCompletionSource<ArgumentException>();
        Bot.Interactions.Answer = async (i, ct) =>
        {
            refusedInHandler.SetResult(await Assert.ThrowsAsync<ArgumentException>(() =>
                Bot.Rest.RespondAsync(i, InteractionResponse.Message(new MessageCreate { Content = "chart", Files = files }), ct)));
            await Bot.Rest.RespondAsync(i, InteractionResponse.Message("no chart"), ct);
        };

        await Assert.ThrowsAsync<ArgumentException>(() => Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "chart", Files = files }, CancellationToken.None));
        var reply = await Discord.SendSlashCommandAsync(alice, channel, "score");

        await refusedInHandler.Task.WaitAsync(Wait);
        Assert.Equal("no chart", reply.Content);
        Assert.DoesNotContain(Discord.Requests, r => r.Route == MessagesRoute);
        Assert.All(Discord.Messages, m => Assert.Empty(m.Files));
    }

    [Fact]
    public async Task NonPngSentAsImagePng_IsRefusedByTheFake()
    {
        var channel = Discord.CreateTextChannel(Discord.CreateGuild("Dojo"), "drills");
        var fake = FileAttachment.Png("score.png", "GIF89a, not a PNG"u8.ToArray());

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => Bot.Rest.CreateMessageAsync(channel.Id, new MessageCreate { Content = "chart", Files = [fake] }, CancellationToken.None));

        Assert.Equal((400, 50035), (error.StatusCode, error.Code));
        Assert.Contains("FILE_NOT_PNG", error.Errors, StringComparison.Ordinal);
        Assert.Empty(Discord.Messages);
        Assert.Contains("image/png", Assert.Single(Discord.Violations).Reason, StringComparison.Ordinal);
        Discord.ClearRecords(); // the violation was the point: the suite-wide "no violations" check stays for the rest
    }

    private static MessageCreate WithChart(string title) => new()
    {
        Embeds = [new Embed { Title = title, Image = EmbedImage.Attachment(Chart) }],
        Files = [Chart],
    };
}
