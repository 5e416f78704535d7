using System.Text.Json;
using Drills.Bot.Recap;
using Drills.Bot.Tests.Charts;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// The weekly recap end to end on a fake clock: posted at Sunday 18:00 local on both sides of the spring DST change,
/// with the week's revealed drills only (an open drill's answers never show), its chart accepted by the fake Discord;
/// caught up once after downtime and never twice, also across restarts; a refused attempt giving the week back for a
/// retry; without Attach Files, posted without its chart; <c>/drills recap</c> moving and stopping it.
/// </summary>
public sealed class RecapTests
{
    // Thursday 19 March 2026, 07:00 in Berlin (CET, UTC+1); Europe moves to CEST on Sunday the 29th.
    private static readonly DateTimeOffset Start = new(2026, 3, 19, 6, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Recap_AtSundayEighteenLocal_AcrossDstChange_WithTheRevealedWeek(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);

        // Thu 19 (choice, B): 1 of 3 right, `A` twice. Fri 20 (output): 2 of 2. Sat 21 (choice): 2 of 3.
        await PredictOnAsync(bot, world, 19, (world.Alice, "B"), (world.Bob, "A"), (world.Dave, "A"));
        await PredictOnAsync(bot, world, 20, (world.Alice, "a\nb"), (world.Bob, "a\nb"));
        await PredictOnAsync(bot, world, 21, (world.Alice, "B"), (world.Bob, "b"), (world.Dave, "C"));

        // Sun 22 (output): everyone wrong the same way, but the drill is still open at 18:00.
        await PredictOnAsync(bot, world, 22, (world.Alice, "open-wrong"), (world.Bob, "open-wrong"), (world.Dave, "open-wrong"));

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 22, 16, 59, 0, TimeSpan.Zero));
        Assert.Empty(Recaps(world));

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero));

        var rows = await bot.QueryAsync(db => db.Recaps.OrderBy(r => r.LocalDate).ToListAsync());
        Assert.Equal([new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 29)], rows.Select(r => r.LocalDate));
        Assert.Equal(
            [new DateTimeOffset(2026, 3, 22, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 16, 0, 0, TimeSpan.Zero)],
            rows.Select(r => r.PostedAt));
        var recaps = Recaps(world);
        Assert.Equal(2, recaps.Count);
        Assert.Equal(rows.Select(r => r.MessageId), recaps.Select(r => (ulong?)r.MessageId));

        var first = recaps[0];
        var text = first.Body.GetRawText();
        Assert.Equal("Week in review · Sun 15 Mar – Sat 21 Mar", GroupWorld.EmbedTitle(first));
        Assert.Equal(
            "**Thu 19 Mar** · Basics · Drill 1: Pick the print · 1/3 right (33%)\n"
            + "**Fri 20 Mar** · Basics · Drill 2: Two lines · 2/2 right (100%)\n"
            + "**Sat 21 Mar** · Basics · Drill 1: Pick the print · 2/3 right (67%)",
            GroupWorld.Description(first.Body));
        Assert.Equal("Basics · Drill 1: Pick the print: 1/3 right (33%). Most common wrong answer: `A` (2×).", GroupWorld.Field(first.Body, "Hardest"));
        Assert.Equal($"<@{world.Alice.Id}>, <@{world.Bob.Id}>", GroupWorld.Field(first.Body, "Full week (2)"));
        Assert.DoesNotContain("open-wrong", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Marker-output-explanation", text, StringComparison.Ordinal);
        Assert.Equal(0, first.Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("attachment://recap.png", GroupWorld.FirstEmbed(first.Body)!.Value.GetProperty("image").GetProperty("url").GetString());

        var chart = Assert.Single(first.Files);
        Assert.Equal(("recap.png", "image/png", 800, 400), (chart.FileName, chart.ContentType, chart.Width!.Value, chart.Height!.Value));
        var png = PngPicture.Decode(chart.Content);
        Assert.Equal((800, 400), (png.Width, png.Height));
        Assert.Contains(bot.Discord.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/channels/{world.Channel.Id}/messages", StringComparison.Ordinal) && r.Status == 200);

        // The week after: Sunday 22's drill is revealed now, so its wrong answer may show; nobody predicted all seven.
        var second = recaps[1];
        Assert.Equal("Week in review · Sun 22 Mar – Sat 28 Mar", GroupWorld.EmbedTitle(second));
        Assert.Contains("`open-wrong` (3×)", GroupWorld.Field(second.Body, "Hardest"), StringComparison.Ordinal);
        Assert.Equal("Nobody predicted every drill this week.", GroupWorld.Field(second.Body, "Full week (0)"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Recap_MissedDuringDowntime_CaughtUpOnce_NeverTwice(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);
        await PredictOnAsync(bot, world, 19, (world.Alice, "B"));

        // Down from Sunday 17:00 local (before the recap) until Tuesday: the recap comes at start-up, once.
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 22, 16, 0, 0, TimeSpan.Zero));
        await bot.RestartAsync(TimeSpan.FromDays(2));
        await bot.SettleAsync();
        var back = new DateTimeOffset(2026, 3, 24, 16, 0, 0, TimeSpan.Zero);
        var caught = Assert.Single(await bot.QueryAsync(db => db.Recaps.ToListAsync()));
        Assert.Equal((new DateOnly(2026, 3, 22), back, (string?)null), (caught.LocalDate, caught.PostedAt, caught.Skipped));
        Assert.Single(Recaps(world));

        // A restart right after, and the days up to the next slot: nothing more.
        await bot.RestartAsync(TimeSpan.FromMinutes(5));
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 29, 15, 59, 0, TimeSpan.Zero));
        Assert.Single(Recaps(world));

        // Down across three Sundays: only the latest is caught up (a week without a revealed drill says nothing).
        await bot.RestartAsync(new DateTimeOffset(2026, 4, 13, 10, 0, 0, TimeSpan.Zero) - bot.Time.GetUtcNow());
        await bot.SettleAsync();
        await bot.RestartAsync(TimeSpan.FromMinutes(1));
        await bot.SettleAsync();
        var rows = await bot.QueryAsync(db => db.Recaps.OrderBy(r => r.LocalDate).ToListAsync());
        Assert.Equal([new DateOnly(2026, 3, 22), new DateOnly(2026, 4, 12)], rows.Select(r => r.LocalDate));
        Assert.Equal("no drill was revealed this week", rows[1].Skipped);
        Assert.Single(Recaps(world));
    }

    [Theory, OnSqlite]
    public async Task Recap_RefusedOnce_GivesTheWeekBack_PostedOnceAMinuteLater(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);
        await PredictOnAsync(bot, world, 19, (world.Alice, "B"));
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 22, 16, 59, 0, TimeSpan.Zero));

        bot.Discord.Faults.InvalidFormBody("POST", $"/channels/{world.Channel.Id}/messages", new System.Text.Json.Nodes.JsonObject
        {
            ["embeds"] = new System.Text.Json.Nodes.JsonObject { ["_errors"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["code"] = "X", ["message"] = "refused once" }) },
        });
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 22, 17, 30, 0, TimeSpan.Zero));
        await bot.RestartAsync(TimeSpan.FromMinutes(5));
        await bot.SettleAsync();

        var posted = Assert.Single(await bot.QueryAsync(db => db.Recaps.ToListAsync()));
        Assert.Equal(new DateTimeOffset(2026, 3, 22, 17, 1, 0, TimeSpan.Zero), posted.PostedAt);
        Assert.Single(Recaps(world));
        Assert.Contains(bot.Discord.Requests, r => r.Path.EndsWith($"/channels/{world.Channel.Id}/messages", StringComparison.Ordinal) && r.Status == 400);
    }

    [Theory, OnSqlite]
    public async Task Recap_WithoutAttachFiles_PostsWithoutTheChart(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);
        await PredictOnAsync(bot, world, 19, (world.Alice, "B"));
        bot.Discord.Faults.DenyAttachFiles(world.Channel);

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 22, 17, 30, 0, TimeSpan.Zero));

        var recap = Assert.Single(Recaps(world));
        Assert.Empty(recap.Files);
        Assert.False(GroupWorld.FirstEmbed(recap.Body)!.Value.TryGetProperty("image", out _));
        Assert.Contains("1/1 right (100%)", GroupWorld.Description(recap.Body), StringComparison.Ordinal);
        Assert.Contains(bot.Discord.Requests, r => r.Path.EndsWith($"/channels/{world.Channel.Id}/messages", StringComparison.Ordinal) && r.Status == 403 && r.ErrorCode == 50013);
        var row = Assert.Single(await bot.QueryAsync(db => db.Recaps.ToListAsync()));
        Assert.Equal((recap.MessageId, (string?)null), (row.MessageId!.Value, row.Skipped));
    }

    [Theory, OnSqlite]
    public async Task RecapCommand_ValidatesMovesAndStops(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);

        var shown = await RecapCommandAsync(bot, world);
        Assert.StartsWith("Weekly recap: the weekly recap is **on**, sundays at 18:00 (Europe/Berlin)", shown, StringComparison.Ordinal);
        Assert.Contains("is not a time", await RecapCommandAsync(bot, world, CommandOption.String("time", "25:00")), StringComparison.Ordinal);
        Assert.Contains("is not a time", await RecapCommandAsync(bot, world, CommandOption.String("day", "saturday"), CommandOption.String("time", "half past")), StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.RecapSettings.CountAsync()));

        var member = await bot.Discord.SendSlashCommandAsync(world.Alice, world.Channel, "drills", CommandOption.Subcommand("recap", CommandOption.String("state", "off")));
        Assert.Contains("needs the Manage Server permission", member.Content, StringComparison.Ordinal);

        var moved = await RecapCommandAsync(bot, world, CommandOption.String("day", "saturday"), CommandOption.String("time", "20:00"));
        Assert.StartsWith("Saved: the weekly recap is **on**, saturdays at 20:00 (Europe/Berlin)", moved, StringComparison.Ordinal);
        await PredictOnAsync(bot, world, 19, (world.Alice, "B"));

        // Saturday 21 March, 20:00 CET: the recap; no second one on Sunday.
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.Zero));
        var posted = Assert.Single(await bot.QueryAsync(db => db.Recaps.ToListAsync()));
        Assert.Equal(new DateTimeOffset(2026, 3, 21, 19, 0, 0, TimeSpan.Zero), posted.PostedAt);
        Assert.Single(Recaps(world));
        var status = GroupWorld.Description((await bot.Discord.SendSlashCommandAsync(world.Organiser, world.Channel, "drills", CommandOption.Subcommand("status"))).Data!.Value);
        Assert.Contains("**Weekly recap:** saturdays at 20:00, next <t:", status, StringComparison.Ordinal);

        Assert.StartsWith("Saved: the weekly recap is **off**", await RecapCommandAsync(bot, world, CommandOption.String("state", "off")), StringComparison.Ordinal);
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 4, 6, 0, 0, 0, TimeSpan.Zero));
        Assert.Single(Recaps(world));
    }

    internal static async Task PredictOnAsync(BotHarness bot, GroupWorld world, int marchDay, params (FakeUser User, string Answer)[] predictions)
    {
        // 10:00 in Berlin before the 29th: the day's drill is out.
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, marchDay, 9, 0, 0, TimeSpan.Zero));
        foreach (var (user, answer) in predictions)
        {
            var reply = await bot.Discord.SendSlashCommandAsync(user, world.Channel, "predict", CommandOption.String("answer", answer));
            Assert.True(reply.Acknowledged && reply.IsEphemeral, reply.ToString());
        }
    }

    private static async Task<string> RecapCommandAsync(BotHarness bot, GroupWorld world, params CommandOption[] options)
    {
        var reply = await bot.Discord.SendSlashCommandAsync(world.Organiser, world.Channel, "drills", CommandOption.Subcommand("recap", options));
        Assert.True(reply.IsEphemeral, reply.ToString());
        return reply.Content ?? "";
    }

    private static List<RecordedMessage> Recaps(GroupWorld world) => world.Bot.Discord.Messages
        .Where(m => m.ChannelId == world.Channel.Id && m.Source == MessageSource.ChannelPost && GroupWorld.EmbedTitle(m).StartsWith("Week in review", StringComparison.Ordinal))
        .ToList();
}
