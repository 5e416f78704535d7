using System.Text.Json;
using Drills.Bot.Answers;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Charts;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// Learning beyond right or wrong, end to end on the fake Discord and a fake clock: a redo served as a variant (in the
/// digest, answered in its modal) moves the original item; <c>/practice</c> refuses today's and tomorrow's drill and
/// serves an unscored one; a scripted member's confidence (slash option, modal select, the choice post's form) gives
/// the calibration <c>/score</c> shows, with its chart attached as a PNG; a confident miss is due after one day.
/// The test group posts at 09:00 UTC; its two drills alternate (choice, then output).
/// </summary>
public sealed class LearningTests
{
    // Monday 4 May 2026, 06:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> Selects = [AnswerReplies.AnswerField, AnswerReplies.ConfidenceField];

    [Theory, OnSqlite, OnPostgres]
    public async Task VariantServedInTheDigest_RightAnswerMovesTheOriginalItem(StorageProvider provider)
    {
        // Every due redo with an unseen variant is served as one; a two-day first interval makes it fall due on a day
        // when the variant (the output drill) has been posted and closed, so it is neither upcoming nor open.
        await using var bot = await BotHarness.StartAsync(provider, Start, s => s.Configure<RedoOptions>(o =>
        {
            o.VariantShare = 1;
            o.Intervals = "2.00:00:00, 7.00:00:00";
        }));
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(3));
        var missedAt = bot.Time.GetUtcNow();
        await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "A"));

        await bot.AdvanceToAsync(missedAt.AddDays(2).AddMinutes(1));
        var digest = Assert.Single(bot.Discord.Messages, m => m.IsDm && m.RecipientUserId == world.Bob.Id);
        Assert.Contains("Drill 2: Two lines", GroupWorld.EmbedTitle(digest), StringComparison.Ordinal);
        Assert.Contains("a variant", digest.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPack.OutputExplanation, digest.Body.GetRawText(), StringComparison.Ordinal);

        var itemId = await bot.QueryAsync(db => db.RedoItems.Where(r => r.UserId == world.Bob.Id).Select(r => r.Id).SingleAsync());
        var open = await bot.Discord.SendButtonAsync(world.Bob, null, $"redo:{itemId}", digest.MessageId);
        Assert.Equal(9, open.CallbackType);
        Assert.Equal($"redo-modal:{itemId}", open.Data!.Value.GetProperty("custom_id").GetString());
        var answeredAt = bot.Time.GetUtcNow();
        var answer = await bot.Discord.SendModalSubmitAsync(world.Bob, null, $"redo-modal:{itemId}", new Dictionary<string, string> { ["answer"] = "a\nb" });

        Assert.StartsWith("✅ Right · Basics · Drill 2", GroupWorld.EmbedTitle(answer), StringComparison.Ordinal);
        Assert.Contains("Drill 1: Pick the print", GroupWorld.Field(answer.Data!.Value, "Variant"), StringComparison.Ordinal);
        var item = await bot.QueryAsync(db => db.RedoItems.SingleAsync(r => r.Id == itemId));
        Assert.Equal(("basics-choice", 1, answeredAt.AddDays(7)), (item.DrillId, item.Stage, item.DueAt));
        var reviews = await bot.QueryAsync(db => db.Reviews.Where(r => r.UserId == world.Bob.Id).OrderBy(r => r.Id)
            .Select(r => new { r.DrillId, r.ItemDrillId, r.Source, r.IsRight }).ToListAsync());
        Assert.Equal(
            [("basics-choice", (string?)null, ReviewSource.Daily, false), ("basics-output", "basics-choice", ReviewSource.Redo, true)],
            reviews.Select(r => (r.DrillId, r.ItemDrillId, r.Source, r.IsRight)).ToList());
    }

    [Fact]
    public async Task Practice_SuggestsPacksAndTheChosenPacksConcepts_AsTheMemberTypes()
    {
        await using var bot = await BotHarness.StartAsync(StorageProvider.Sqlite, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        var discord = bot.Discord;

        var packs = await discord.SendAutocompleteAsync(world.Bob, world.Channel, "practice", CommandOption.Focus("pack", "bas"));
        var concepts = await discord.SendAutocompleteAsync(world.Bob, world.Channel, "practice",
            CommandOption.String("pack", "basics"), CommandOption.Focus("concept", "INT"));

        Assert.Equal(8, packs.CallbackType);
        Assert.Equal(204, packs.Status);
        Assert.Equal([("Basics (basics)", "basics")], Choices(packs));
        Assert.Equal([("integers", "integers"), ("print", "print")], Choices(concepts)); // starts with "int" first, then contains it
        Assert.Empty(discord.Violations);
    }

    private static List<(string?, string?)> Choices(InteractionResult result) =>
        result.Data!.Value.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("value").GetString())).ToList();

    [Theory, OnSqlite, OnPostgres]
    public async Task Practice_RefusesTodaysAndTomorrowsDrill_ThenServesAnUnscoredOne(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        var discord = bot.Discord;
        await bot.AdvanceToAsync(Start.AddHours(3));

        // Day 1: the choice drill is open, the output drill is tomorrow's.
        var none = await discord.SendSlashCommandAsync(world.Bob, world.Channel, "practice");
        Assert.True(none.IsEphemeral);
        Assert.StartsWith("Every drill that fits is today's or still to come", none.Content, StringComparison.Ordinal);
        var today = await discord.SendButtonAsync(world.Bob, world.Channel, $"practice-choice:{PracticeIds.Key("basics-choice")}:B");
        var tomorrow = await discord.SendButtonAsync(world.Bob, world.Channel, $"practice:{PracticeIds.Key("basics-output")}");
        Assert.All([today, tomorrow], r => Assert.Contains("can't be practised yet", r.Content, StringComparison.Ordinal));
        Assert.Equal(0, await bot.QueryAsync(db => db.Reviews.CountAsync()));

        // Day 3: the output drill was posted yesterday and has closed; the choice drill is open again.
        await bot.AdvanceToAsync(Start.AddDays(2).AddHours(3));
        var stillToday = await discord.SendSlashCommandAsync(world.Bob, world.Channel, "practice", CommandOption.String("concept", "integers"));
        Assert.StartsWith("Every drill that fits", stillToday.Content, StringComparison.Ordinal);
        var prompt = await discord.SendSlashCommandAsync(world.Bob, world.Channel, "practice", CommandOption.String("pack", "Basics"));
        Assert.True(prompt.IsEphemeral);
        Assert.Contains("Drill 2: Two lines", GroupWorld.EmbedTitle(prompt), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPack.OutputExplanation, prompt.Data!.Value.GetRawText(), StringComparison.Ordinal);
        var key = PracticeIds.Key("basics-output");
        Assert.Contains($"practice:{key}", prompt.Data!.Value.GetRawText(), StringComparison.Ordinal);

        var form = await discord.SendButtonAsync(world.Bob, world.Channel, $"practice:{key}");
        Assert.Equal(9, form.CallbackType);
        var answer = await discord.SendModalSubmitAsync(world.Bob, world.Channel, $"practice-modal:{key}", new Dictionary<string, string> { ["answer"] = "a\nc" });

        Assert.StartsWith("❌ Not quite", GroupWorld.EmbedTitle(answer), StringComparison.Ordinal);
        Assert.Contains("Practice: not scored", answer.Data!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.Scores.CountAsync(s => s.UserId == world.Bob.Id)));
        Assert.Equal(0, await bot.QueryAsync(db => db.Predictions.CountAsync(p => p.UserId == world.Bob.Id)));
        Assert.Equal("basics-output", await bot.QueryAsync(db => db.RedoItems.Where(r => r.UserId == world.Bob.Id).Select(r => r.DrillId).SingleAsync()));
        var board = await discord.SendSlashCommandAsync(world.Bob, world.Channel, "leaderboard");
        Assert.DoesNotContain(world.Bob.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), GroupWorld.Description(board.Data!.Value), StringComparison.Ordinal);
        var score = (await discord.SendSlashCommandAsync(world.Bob, world.Channel, "score")).Data!.Value;
        Assert.Equal("0", GroupWorld.Field(score, "Answered"));
        Assert.Equal("`print`: 1 drill, 0% right", GroupWorld.Field(score, "Concepts"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ScriptedMember_CalibrationAndMastery_InScore_WithItsChart(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        var discord = bot.Discord;
        var alice = world.Alice;

        // Day 1 (choice): the slash option, sure, right.
        await bot.AdvanceToAsync(Start.AddHours(3));
        await Predict(CommandOption.String("answer", "B"), CommandOption.String("confidence", "sure"));

        // Day 2 (output): the Predict button's form, with "think so" chosen, right.
        await bot.AdvanceToAsync(Start.AddDays(1).AddHours(3));
        var postId = await LatestPostAsync();
        var form = await discord.SendButtonAsync(alice, world.Channel, $"predict:{postId}", world.DrillPosts()[^1].MessageId);
        Assert.Equal(9, form.CallbackType);
        Assert.Contains("\"custom_id\":\"confidence\"", form.Data!.Value.GetRawText(), StringComparison.Ordinal);
        await ModalAsync(postId, new() { ["answer"] = "a\nb", ["confidence"] = "think-so" }, new HashSet<string> { AnswerReplies.ConfidenceField });

        // Day 3 (choice): the post's "Predict with confidence" form (options and confidence as selects), sure, wrong.
        await bot.AdvanceToAsync(Start.AddDays(2).AddHours(3));
        postId = await LatestPostAsync();
        var buttons = world.DrillPosts()[^1].Body.GetProperty("components").GetRawText();
        Assert.Contains($"\"custom_id\":\"choice:{postId}:B\"", buttons, StringComparison.Ordinal);
        Assert.Contains($"\"custom_id\":\"predict:{postId}\"", buttons, StringComparison.Ordinal);
        var sure = await ModalAsync(postId, new() { ["answer"] = "A", ["confidence"] = "sure" }, Selects);
        Assert.Equal("Your prediction (sure)", sure.Data!.Value.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("name").GetString());

        // Day 4 (output): a guess, wrong. Day 5 (choice): a letter button, no confidence, right.
        await bot.AdvanceToAsync(Start.AddDays(3).AddHours(3));
        await Predict(CommandOption.String("answer", "x"), CommandOption.String("confidence", "guess"));
        await bot.AdvanceToAsync(Start.AddDays(4).AddHours(3));
        postId = await LatestPostAsync();
        await discord.SendButtonAsync(alice, world.Channel, $"choice:{postId}:B", world.DrillPosts()[^1].MessageId);

        var score = await discord.SendSlashCommandAsync(alice, world.Channel, "score");
        var body = score.Data!.Value;
        Assert.Equal(("5", "3"), (GroupWorld.Field(body, "Answered"), GroupWorld.Field(body, "Right")));
        Assert.Equal("sure: 1/2 right (50%) · think so: 1/1 right (100%) · guess: 0/1 right (0%)", GroupWorld.Field(body, "Calibration"));
        Assert.Equal("`print`: 2 drills, 60% right · 1 due\n`integers`: 1 drill, 67% right · 1 due", GroupWorld.Field(body, "Concepts"));
        Assert.Equal("print (2), integers (1)", GroupWorld.Field(body, "Missed most, last 30 days"));

        // The chart: one PNG, accepted by the fake, shown by the embed, decoding at its size.
        var file = Assert.Single(Assert.Single(score.Messages).Files);
        Assert.Equal(("score.png", "image/png"), (file.FileName, file.ContentType));
        var png = PngPicture.Decode(file.Content);
        Assert.Equal((800, 400), (png.Width, png.Height));
        Assert.EndsWith("score.png", GroupWorld.FirstEmbed(body)!.Value.GetProperty("image").GetProperty("url").GetString(), StringComparison.Ordinal);

        async Task Predict(params CommandOption[] options) =>
            Assert.Contains("·", GroupWorld.EmbedTitle(await discord.SendSlashCommandAsync(alice, world.Channel, "predict", options)), StringComparison.Ordinal);

        Task<InteractionResult> ModalAsync(int post, Dictionary<string, string> values, IReadOnlySet<string> selects) =>
            discord.SendModalSubmitAsync(alice, world.Channel, $"predict-modal:{post}", values, selects);

        Task<int> LatestPostAsync() => bot.QueryAsync(db => db.Posts.OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ConfidentMiss_IsDueAfterOneDay_AndTheReplySaysSo_ThenAnsweredWithConfidence(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start, s => s.Configure<RedoOptions>(o => o.VariantShare = 0));
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(3));
        var missedAt = bot.Time.GetUtcNow();

        var reply = await bot.Discord.SendSlashCommandAsync(world.Dave, world.Channel, "predict",
            CommandOption.String("answer", "A"), CommandOption.String("confidence", "sure"));

        Assert.StartsWith("❌ Not quite", GroupWorld.EmbedTitle(reply), StringComparison.Ordinal);
        Assert.StartsWith("You were sure, and missed", GroupWorld.Field(reply.Data!.Value, "Redo"), StringComparison.Ordinal);
        Assert.Equal(missedAt.AddDays(1), await bot.QueryAsync(db => db.RedoItems.Where(r => r.UserId == world.Dave.Id).Select(r => r.DueAt).SingleAsync()));
        await bot.AdvanceToAsync(missedAt.AddDays(1).AddMinutes(-1));
        Assert.DoesNotContain(bot.Discord.Messages, m => m.IsDm && m.RecipientUserId == world.Dave.Id);
        await bot.AdvanceToAsync(missedAt.AddDays(1).AddMinutes(1));
        Assert.Single(bot.Discord.Messages, m => m.IsDm && m.RecipientUserId == world.Dave.Id);

        // /redo's prompt: the letters answer at once; "Predict with confidence" opens the form with both selects.
        var itemId = await bot.QueryAsync(db => db.RedoItems.Where(r => r.UserId == world.Dave.Id).Select(r => r.Id).SingleAsync());
        var prompt = await bot.Discord.SendSlashCommandAsync(world.Dave, world.Channel, "redo");
        Assert.Contains($"\"custom_id\":\"redo-choice:{itemId}:B\"", prompt.Data!.Value.GetRawText(), StringComparison.Ordinal);
        var form = await bot.Discord.SendButtonAsync(world.Dave, world.Channel, $"redo-modal:{itemId}");
        Assert.Equal((9, $"redo-modal:{itemId}"), (form.CallbackType, form.Data!.Value.GetProperty("custom_id").GetString()));
        var answer = await bot.Discord.SendModalSubmitAsync(world.Dave, world.Channel, $"redo-modal:{itemId}",
            new Dictionary<string, string> { ["answer"] = "B", ["confidence"] = "sure" }, Selects);
        Assert.StartsWith("✅ Right", GroupWorld.EmbedTitle(answer), StringComparison.Ordinal);
        var confidences = await bot.QueryAsync(db => db.Reviews.Where(r => r.UserId == world.Dave.Id).OrderBy(r => r.Id).Select(r => r.Confidence).ToListAsync());
        Assert.Equal([Confidence.Sure, Confidence.Sure], confidences);
        Assert.Equal(1, await bot.QueryAsync(db => db.RedoItems.Where(r => r.Id == itemId).Select(r => r.Stage).SingleAsync()));
    }
}
