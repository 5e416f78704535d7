using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// A drill retired from the packs after members answered it (its id listed in RETIRED.md, never reused): the
/// member's history keeps it (answered, right, accuracy, rank count what happened), but its concepts no longer
/// show as missed and its redo item, which can never be served again, is not counted as pending.
/// </summary>
public sealed class RetiredDrillTests
{
    // Monday 2 November 2026, 08:00 UTC; the test group posts at 09:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Score_AfterTheDrillIsRetired_KeepsHistory_DropsItsConceptsAndRedo(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(2));
        await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "predict", CommandOption.String("answer", "A"));
        var before = (await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "score")).Data!.Value;
        Assert.Equal("1 pending · 0 due", GroupWorld.Field(before, "Redo"));
        Assert.Equal("integers (1), print (1)", GroupWorld.Field(before, "Missed most, last 30 days"));

        File.Delete(Path.Combine(bot.DrillsPath, "basics", "01-choice.md"));
        await bot.RestartAsync(TimeSpan.FromMinutes(1));
        var after = (await bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "score")).Data!.Value;

        Assert.Equal(("1", "0", "0%"), (GroupWorld.Field(after, "Answered"), GroupWorld.Field(after, "Right"), GroupWorld.Field(after, "Accuracy")));
        Assert.Equal("0 pending · 0 due", GroupWorld.Field(after, "Redo"));
        Assert.Equal("nothing lately", GroupWorld.Field(after, "Missed most, last 30 days"));
        Assert.Equal("#1 of 1", GroupWorld.Field(after, "Rank"));
    }
}
