using Drills.Bot.Storage;
using Drills.Bot.Tests.Storage;
using Drills.FakeDiscord;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// The reveal opens a public discussion thread on itself; without Create Public Threads the reveal still posts,
/// <c>/drills status</c> names the missing permission, and the problem clears once a thread opens again.
/// </summary>
public sealed class DiscussionThreadTests
{
    // Thursday 19 March 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 3, 19, 6, 0, 0, TimeSpan.Zero);
    private const string ThreadRoute = "/channels/{channel_id}/messages/{message_id}/threads";

    [Theory, OnSqlite, OnPostgres]
    public async Task Reveal_OpensThread_AndWithoutThePermissionStillPosts_StatusSaysWhy(StorageProvider provider)
    {
        await using var bot = await BotHarness.StartAsync(provider, Start);
        var world = await GroupWorld.SetUpAsync(bot);
        var discord = bot.Discord;

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));
        var reveal = Assert.Single(world.Reveals());
        var thread = Assert.Single(discord.Threads);
        Assert.Equal((reveal.MessageId, world.Channel.Id, 1440), (thread.MessageId, thread.ParentId, thread.AutoArchiveDuration));
        Assert.StartsWith("Drill 1: why ", thread.Name, StringComparison.Ordinal);
        Assert.EndsWith("?", thread.Name, StringComparison.Ordinal);
        Assert.InRange(thread.Name.Length, 1, 100);
        Assert.Contains(discord.Requests, r => r.Route == ThreadRoute && r.Status == 201);
        Assert.DoesNotContain("Create Public Threads", await StatusAsync(bot, world), StringComparison.Ordinal);

        discord.Faults.DenyThreads(world.Channel);
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 21, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, world.Reveals().Count);
        Assert.Equal(3, world.DrillPosts().Count);
        Assert.Single(discord.Threads);
        Assert.Contains(discord.Requests, r => r.Route == ThreadRoute && r.Status == 403 && r.ErrorCode == 50013);
        var status = await StatusAsync(bot, world);
        Assert.Contains($"**Problem:** I cannot open discussion threads on the reveals in <#{world.Channel.Id}>: give me Create Public Threads there", status, StringComparison.Ordinal);

        discord.Faults.DenyThreads(world.Channel, denied: false);
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 3, 22, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, discord.Threads.Count);
        Assert.Equal("Drill 1: why", discord.Threads[0].Name[..12]);
        Assert.Equal(world.Reveals()[2].MessageId, discord.Threads[1].MessageId);
        Assert.DoesNotContain("Create Public Threads", await StatusAsync(bot, world), StringComparison.Ordinal);
    }

    private static async Task<string> StatusAsync(BotHarness bot, GroupWorld world) =>
        GroupWorld.Description((await bot.Discord.SendSlashCommandAsync(world.Organiser, world.Channel, "drills", CommandOption.Subcommand("status"))).Data!.Value);
}
