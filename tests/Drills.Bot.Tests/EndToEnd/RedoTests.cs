using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// The redo queue end to end: a wrong prediction comes back as a DM digest three days later, is answered in the
/// DM and moves on to seven days; a member whose DMs are closed is told once, and <c>/redo</c> serves them.
/// </summary>
public sealed class RedoTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task WrongPrediction_RedoDmThreeDaysLater_AnsweredInDm_MovesToSevenDays(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(3));
        var wrongAt = bot.Time.GetUtcNow();
        await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "A"));

        await bot.AdvanceToAsync(wrongAt.AddDays(3).AddMinutes(-1));
        Assert.DoesNotContain(bot.Discord.Messages, m => m.IsDm && m.RecipientUserId == world.Bob.Id);
        await bot.AdvanceToAsync(wrongAt.AddDays(3).AddMinutes(1));
        var digest = Assert.Single(bot.Discord.Messages, m => m.IsDm && m.RecipientUserId == world.Bob.Id);
        Assert.Contains("One drill you missed is due again", digest.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(TestPack.ChoiceExplanation, digest.Body.GetRawText(), StringComparison.Ordinal);

        var itemId = await bot.QueryAsync(db => db.RedoItems.Where(r => r.UserId == world.Bob.Id).Select(r => r.Id).SingleAsync());
        var open = await bot.Discord.SendButtonAsync(world.Bob, null, $"redo:{itemId}", digest.MessageId);
        Assert.Contains($"redo-choice:{itemId}:B", open.Data!.Value.GetRawText(), StringComparison.Ordinal);
        var answeredAt = bot.Time.GetUtcNow();
        var answer = await bot.Discord.SendButtonAsync(world.Bob, null, $"redo-choice:{itemId}:B");

        Assert.StartsWith("✅ Right", GroupWorld.EmbedTitle(answer), StringComparison.Ordinal);
        var item = await bot.QueryAsync(db => db.RedoItems.SingleAsync(r => r.Id == itemId));
        Assert.Equal((1, answeredAt.AddDays(7)), (item.Stage, item.DueAt));
        var again = await bot.Discord.SendButtonAsync(world.Bob, null, $"redo-choice:{itemId}:B");
        Assert.StartsWith("Already answered", again.Content, StringComparison.Ordinal);
        var reviews = await bot.QueryAsync(db => db.Reviews.Where(r => r.UserId == world.Bob.Id).OrderBy(r => r.Id).Select(r => r.IsRight).ToListAsync());
        Assert.Equal([false, true], reviews);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ClosedDms_ToldOnce_RedoStillWorks(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(3));
        await bot.Discord.SendSlashCommandAsync(world.Carol, world.Channel, "predict", CommandOption.String("answer", "C"));
        await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "A"));

        await bot.AdvanceAsync(TimeSpan.FromDays(3));

        Assert.Single(bot.Discord.Messages, m => m.IsDm && m.RecipientUserId == world.Bob.Id);
        Assert.Contains(bot.Discord.Requests, r => r.ErrorCode == 50007);
        var first = await bot.Discord.SendSlashCommandAsync(world.Carol, world.Channel, "redo");
        var second = await bot.Discord.SendSlashCommandAsync(world.Carol, world.Channel, "redo");
        Assert.True(first.IsEphemeral);
        Assert.Contains("your DMs are closed", first.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("your DMs are closed", second.Content ?? "", StringComparison.Ordinal);
        Assert.Contains("redo-choice:", second.Data!.Value.GetRawText(), StringComparison.Ordinal);

        var itemId = await bot.QueryAsync(db => db.RedoItems.Where(r => r.UserId == world.Carol.Id).Select(r => r.Id).SingleAsync());
        var answer = await bot.Discord.SendButtonAsync(world.Carol, world.Channel, $"redo-choice:{itemId}:A");
        Assert.StartsWith("❌ Not quite", GroupWorld.EmbedTitle(answer), StringComparison.Ordinal);
        await bot.AdvanceAsync(TimeSpan.FromDays(4));
        Assert.Equal(1, bot.Discord.Requests.Count(r => r.ErrorCode == 50007));
    }
}
