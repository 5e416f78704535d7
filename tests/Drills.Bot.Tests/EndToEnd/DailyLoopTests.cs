using Drills.Bot.Posting;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// The daily loop end to end: posts at 09:00 local across the spring DST change, members predicting by slash
/// command, modal and button, a second prediction and a late one refused, the reveal's counts, and no public
/// message carrying the answer before the drill closes.
/// </summary>
public sealed class DailyLoopTests
{
    // Thursday 26 March 2026, 07:00 in Berlin (CET, UTC+1); Europe moves to CEST on Sunday the 29th.
    private static readonly DateTimeOffset Start = new(2026, 3, 26, 6, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Posts_ArriveAtNineLocal_AcrossDstChange(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 31, 6, 0, 0, TimeSpan.Zero));

        var posted = await bot.QueryAsync(db => db.Posts.OrderBy(p => p.LocalDate).Select(p => p.PostedAt).ToListAsync());
        Assert.Equal(
        [
            new DateTimeOffset(2026, 3, 26, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 27, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero),
        ], posted);
        var posts = world.DrillPosts();
        var reveals = world.Reveals();
        Assert.Equal(5, posts.Count);
        Assert.Equal(4, reveals.Count);

        // Each morning reads top to bottom: yesterday's answer, then today's drill.
        for (var day = 0; day < reveals.Count; day++)
        {
            Assert.InRange(reveals[day].MessageId, posts[day].MessageId + 1, posts[day + 1].MessageId - 1);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SetupThenPostNow_PostsOnce_AndTheDrillStaysOpen(StorageProvider provider)
    {
        // 11:00 in Berlin: set up for 09:00, today's drill is due at once, and the organiser also asks for it now.
        // The scheduler's post and the command's race for the same date; the loser must not close the winner's drill.
        await using var bot = await BotHarness.StartAsync(provider, Start.AddHours(4));
        var discord = bot.Discord;
        for (var group = 0; group < 5; group++)
        {
            var world = await GroupWorld.SetUpAsync(bot);
            var postNow = await discord.SendSlashCommandAsync(world.Organiser, world.Channel, "drills", CommandOption.Subcommand("post-now"));
            var reply = await postNow.WaitForOriginalEditAsync(GroupWorld.Wait);
            await FakeDiscordServer.WaitUntilAsync(() => world.DrillPosts().Count > 0, GroupWorld.Wait, "today's post");
            await bot.SettleAsync();

            Assert.Matches("^(Posted today's drill|Today's drill is already posted)", reply.Content);
            Assert.Single(world.DrillPosts());
            Assert.Empty(world.Reveals());
            var alice = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "b"));
            Assert.StartsWith("✅ Right", GroupWorld.EmbedTitle(alice), StringComparison.Ordinal);
        }

        Assert.Equal(0, await bot.QueryAsync(db => db.Posts.CountAsync(p => p.ClosedAt != null)));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Predictions_SlashModalButton_LockedRefusedRevealed(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);
        var discord = bot.Discord;
        await bot.AdvanceToAsync(Start.AddHours(2));
        var post = Assert.Single(world.DrillPosts());
        var postId = await bot.QueryAsync(db => db.Posts.Select(p => p.Id).SingleAsync());

        var alice = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "b"));
        var bobModal = await discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict");
        var bob = await discord.SendModalSubmitAsync(world.Bob, world.Channel, $"predict-modal:{postId}", new Dictionary<string, string> { ["answer"] = "A" });
        var carol = await discord.SendButtonAsync(world.Carol, world.Channel, $"choice:{postId}:C", post.MessageId);
        var aliceAgain = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "C"));
        var aliceModal = await discord.SendButtonAsync(world.Alice, world.Channel, $"predict:{postId}", post.MessageId);

        Assert.All(new[] { alice, bob, carol, aliceAgain }, r => Assert.True(r.IsEphemeral && r.Acknowledged, r.ToString()));
        Assert.StartsWith("✅ Right", GroupWorld.EmbedTitle(alice), StringComparison.Ordinal);
        Assert.Contains(TestPack.ChoiceExplanation, alice.Data!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(9, bobModal.CallbackType);
        Assert.StartsWith("❌ Not quite", GroupWorld.EmbedTitle(bob), StringComparison.Ordinal);
        Assert.Contains("Added to your redo list", bob.Data!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith("❌ Not quite", GroupWorld.EmbedTitle(carol), StringComparison.Ordinal);
        Assert.Contains("You already predicted this drill: `b`", aliceAgain.Content, StringComparison.Ordinal);
        Assert.Equal((4, true), (aliceModal.CallbackType, aliceModal.Content!.StartsWith("You already predicted", StringComparison.Ordinal)));
        AssertNoPublicAnswer(discord, world);

        await bot.AdvanceToAsync(Start.AddDays(1).AddHours(2));
        var reveal = Assert.Single(world.Reveals()).Body;
        Assert.Contains(TestPack.ChoiceExplanation, GroupWorld.Description(reveal), StringComparison.Ordinal);
        Assert.Equal("3", GroupWorld.Field(reveal, "Predictions"));
        Assert.Equal("1 (33%)", GroupWorld.Field(reveal, "Right"));
        Assert.Equal("`A` (1×)", GroupWorld.Field(reveal, "Most common wrong answer"));

        var late = await discord.SendButtonAsync(world.Dave, world.Channel, $"choice:{postId}:B", post.MessageId);
        Assert.Contains("This drill has closed", late.Content, StringComparison.Ordinal);
        var stored = await bot.QueryAsync(db => db.Predictions.Where(p => p.PostId == postId).OrderBy(p => p.Id).Select(p => p.Text).ToListAsync());
        Assert.Equal(["b", "A", "C"], stored);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ScoreAndLeaderboard_MatchThePredictions(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);
        var discord = bot.Discord;
        await bot.AdvanceToAsync(Start.AddHours(2));
        await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "B"));
        await discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "A"));
        await bot.AdvanceToAsync(Start.AddDays(1).AddHours(2));
        await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "a / b"));
        await discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "a\nb"));

        var aliceScore = (await discord.SendSlashCommandAsync(world.Alice, world.Channel, "score")).Data!.Value;
        var bobScore = (await discord.SendSlashCommandAsync(world.Alice, world.Channel, "score", CommandOption.User("member", world.Bob))).Data!.Value;
        var board = GroupWorld.Description((await discord.SendSlashCommandAsync(world.Bob, world.Channel, "leaderboard", CommandOption.String("period", "week"))).Data!.Value);

        Assert.Equal(("2", "2", "100%"), (GroupWorld.Field(aliceScore, "Answered"), GroupWorld.Field(aliceScore, "Right"), GroupWorld.Field(aliceScore, "Accuracy")));
        Assert.Equal("2 now · best 2", GroupWorld.Field(aliceScore, "Streak"));
        Assert.Equal("#1 of 2", GroupWorld.Field(aliceScore, "Rank"));
        Assert.Equal(("2", "1", "50%"), (GroupWorld.Field(bobScore, "Answered"), GroupWorld.Field(bobScore, "Right"), GroupWorld.Field(bobScore, "Accuracy")));
        Assert.Equal("#2 of 2", GroupWorld.Field(bobScore, "Rank"));
        Assert.Equal("integers (1), print (1)", GroupWorld.Field(bobScore, "Missed most, last 30 days"));
        Assert.Equal("1 pending · 0 due", GroupWorld.Field(bobScore, "Redo"));
        Assert.Equal($"**1.** <@{world.Alice.Id}>: 2 right of 2\n**2.** <@{world.Bob.Id}>: 1 right of 2", board);
    }

    private static void AssertNoPublicAnswer(FakeDiscordServer discord, GroupWorld world)
    {
        var publicMessages = discord.Messages.Where(m => !m.IsEphemeral && !m.IsDm && m.Source != MessageSource.InteractionResponse || m.Source == MessageSource.InteractionResponse && !m.IsEphemeral);
        Assert.DoesNotContain(publicMessages, m => m.Body.GetRawText().Contains("Marker-", StringComparison.Ordinal));
    }
}
