using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.Discord;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// When the host misbehaves: a restart across a post time posts once, late; a handler that throws costs one
/// member an ephemeral error and the bot keeps answering; a malformed dispatch is skipped.
/// </summary>
public sealed class ResilienceTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres]
    public async Task Restart_AcrossPostTime_PostsOnceLate(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        await bot.AdvanceToAsync(Start.AddHours(2));

        await bot.RestartAsync(TimeSpan.FromHours(2));
        await bot.SettleAsync();
        await bot.RestartAsync(TimeSpan.FromMinutes(5));
        await bot.SettleAsync();

        var posts = await bot.QueryAsync(db => db.Posts.Select(p => p.PostedAt).ToListAsync());
        Assert.Equal([Start.AddHours(4)], posts);
        Assert.Single(world.DrillPosts());
        await bot.AdvanceToAsync(Start.AddDays(1).AddHours(4));
        Assert.Equal(2, world.DrillPosts().Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ThrowingHandler_DoesNotTakeTheBotDown(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start, services => services.AddRoute<ThrowingRoute>([new ApplicationCommand { Name = "boom", Description = "Always throws" }]));
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");

        var boom = await bot.Discord.SendSlashCommandAsync(world.Alice, world.Channel, "boom");
        bot.Discord.SendDispatch("INTERACTION_CREATE", new { id = "not-a-snowflake", type = "weird" });
        bot.Discord.SendDispatch("SOMETHING_NEW", new { hello = 1 });
        var score = await bot.Discord.SendSlashCommandAsync(world.Alice, world.Channel, "score");

        Assert.True(boom.IsEphemeral);
        Assert.Equal(Replies.Failure, boom.Content);
        Assert.Equal("Score", GroupWorld.EmbedTitle(score));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Interaction handler failed", StringComparison.Ordinal));
    }

    private sealed class ThrowingRoute : IInteractionRoute
    {
        public Task<HandlerResult> HandleAsync(Interaction interaction, CancellationToken ct) =>
            throw new InvalidOperationException("boom");
    }
}
