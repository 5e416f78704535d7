using Drills.Bot.Answers;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// Bad input gets a clear answer and loses nothing: empty, overlong and unrecognised predictions (not locked),
/// unknown time zones and times, a channel the bot cannot post in, mentions and markdown shown to others
/// safely, a drill removed from the packs while posts reference it, and <c>/drills</c> without permission.
/// </summary>
public sealed class BadInputTests
{
    private static readonly DateTimeOffset Start = new(2026, 7, 6, 6, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Predictions_EmptyOverlongOrUnrecognised_AreNotLocked(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(3));
        var discord = bot.Discord;

        var empty = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "   "));
        var overlong = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", new string('x', AnswerRules.MaxLength + 1)));
        var notAnOption = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "Z"));
        var then = await discord.SendSlashCommandAsync(world.Alice, world.Channel, "predict", CommandOption.String("answer", "B"));

        Assert.Contains("empty", empty.Content, StringComparison.Ordinal);
        Assert.Contains($"limited to {AnswerRules.MaxLength} characters; yours has {AnswerRules.MaxLength + 1}", overlong.Content, StringComparison.Ordinal);
        Assert.Contains("answer with A, B or C", notAnOption.Content, StringComparison.Ordinal);
        Assert.StartsWith("✅ Right", GroupWorld.EmbedTitle(then), StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task MentionsAndMarkdown_InPredictions_AreShownSafely(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddDays(1).AddHours(3));
        var postId = await bot.QueryAsync(db => db.Posts.OrderBy(p => p.Id).Select(p => p.Id).LastAsync());
        await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict");
        await bot.Discord.SendModalSubmitAsync(world.Bob, world.Channel, $"predict-modal:{postId}",
            new Dictionary<string, string> { ["answer"] = "@everyone **`hi`**" }, legacyActionRows: true);
        await bot.Discord.SendSlashCommandAsync(world.Dave, world.Channel, "predict", CommandOption.String("answer", "@everyone **`hi`**"));
        await bot.AdvanceAsync(TimeSpan.FromDays(1));

        var wrong = GroupWorld.Field(world.Reveals()[^1].Body, "Most common wrong answer");
        Assert.Equal("`@everyone **'hi'**` (2×)", wrong);
        var everyone = bot.Discord.Messages.Where(m => !m.IsEphemeral && m.Source == MessageSource.ChannelPost);
        Assert.All(everyone, m => Assert.Equal("[]", m.Body.GetProperty("allowed_mentions").GetProperty("parse").GetRawText()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Setup_UnknownZoneOrTime_SaysWhatIsAccepted(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var discord = bot.Discord;
        var guild = discord.CreateGuild("g");
        var channel = discord.CreateTextChannel(guild, "c");
        var organiser = discord.CreateMember(guild, "o", permissions: 32);
        var member = discord.CreateMember(guild, "m");

        var zone = await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("setup",
            CommandOption.Channel("channel", channel), CommandOption.String("time", "09:00"), CommandOption.String("timezone", "Mars/Olympus")));
        var time = await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("setup",
            CommandOption.Channel("channel", channel), CommandOption.String("time", "25:99"), CommandOption.String("timezone", "UTC")));
        var denied = await discord.SendSlashCommandAsync(member, channel, "drills", CommandOption.Subcommand("status"));
        var suggest = await discord.SendAutocompleteAsync(organiser, channel, "drills", CommandOption.Subcommand("setup", CommandOption.Focus("timezone", "berl")));

        Assert.Contains("is not a time zone I know: use an IANA name such as `Europe/Berlin`", zone.Content, StringComparison.Ordinal);
        Assert.Contains("is not a time: use 24-hour HH:MM", time.Content, StringComparison.Ordinal);
        Assert.Contains("needs the Manage Server permission", denied.Content, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", suggest.Data!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.QueryAsync(db => db.Groups.CountAsync()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ChannelWithoutPermission_TellsTheOrganiser(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var discord = bot.Discord;
        var guild = discord.CreateGuild("g");
        var channel = discord.CreateTextChannel(guild, "locked");
        var organiser = discord.CreateMember(guild, "o", permissions: 32);
        discord.Faults.FailChannel(channel, 50013);

        var setup = await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("setup",
            CommandOption.Channel("channel", channel), CommandOption.String("time", "09:00"), CommandOption.String("timezone", "UTC")));
        var edit = await setup.WaitForOriginalEditAsync(GroupWorld.Wait);
        await bot.AdvanceToAsync(Start.AddHours(4));
        var status = await discord.SendSlashCommandAsync(organiser, channel, "drills", CommandOption.Subcommand("status"));

        Assert.Contains("Saved, but I cannot post in", edit.Content, StringComparison.Ordinal);
        Assert.Contains("I cannot post in", GroupWorld.Description(status.Data!.Value), StringComparison.Ordinal);
        Assert.Equal(1, await bot.QueryAsync(db => db.Posts.CountAsync(p => p.Error != null)));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DrillRemovedFromPacks_ScoresStillWork(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(3));
        await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "A"));
        File.Delete(Path.Combine(bot.DrillsPath, "basics", "01-choice.md"));

        await bot.RestartAsync(TimeSpan.FromDays(1));
        await bot.AdvanceAsync(TimeSpan.FromDays(3));
        var score = await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "score");
        var redo = await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "redo");

        Assert.Equal(("1", "0"), (GroupWorld.Field(score.Data!.Value, "Answered"), GroupWorld.Field(score.Data!.Value, "Right")));
        Assert.NotNull(redo.Content);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }
}
