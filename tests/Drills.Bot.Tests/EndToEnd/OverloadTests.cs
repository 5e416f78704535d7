using Drills.Bot.Interactions;
using Drills.Discord;
using Drills.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// More interactions than the bot can take: every one is answered inside Discord's deadline, the overflow with a
/// short ephemeral "busy", and a newcomer after the backlog is served normally. One slot, a queue of three, and a
/// held interaction (deferred, its work waiting on the test) make the overload exact; the wait budget runs on the
/// bot's fake clock.
/// </summary>
public sealed class OverloadTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Burst_LargerThanCapacity_IsAllAnsweredInTimeAndTheOverflowIsBusy()
    {
        var hold = new HoldRoute();
        await using var bot = await BotHarness.StartAsync(Start, services =>
        {
            services.AddSingleton(hold);
            services.AddRoute<HoldRoute>([new ApplicationCommand { Name = "hold", Description = "Holds its slot until the test lets go" }]);
            services.Configure<AdmissionOptions>(o => (o.MaxConcurrent, o.MaxWaiting) = (1, 3));
        });
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        var admission = bot.Host.Services.GetRequiredService<InteractionAdmission>();

        var held = await bot.Discord.SendSlashCommandAsync(world.Alice, world.Channel, "hold");
        await hold.Entered.Task.WaitAsync(GroupWorld.Wait);
        var queued = Enumerable.Range(0, 3).Select(_ => bot.Discord.SendSlashCommandAsync(world.Bob, world.Channel, "score")).ToList();
        await FakeDiscordServer.WaitUntilAsync(() => admission.Waiting == 3, GroupWorld.Wait, "three interactions waiting");
        var overflow = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => bot.Discord.SendSlashCommandAsync(world.Carol, world.Channel, "score")));
        Assert.All(queued, q => Assert.False(q.IsCompleted));

        bot.Time.Advance(TimeSpan.FromSeconds(2));
        var expired = await Task.WhenAll(queued);
        hold.Release.SetResult();
        var edit = await held.WaitForOriginalEditAsync(GroupWorld.Wait);
        var newcomer = await bot.Discord.SendSlashCommandAsync(world.Dave, world.Channel, "score");

        Assert.Equal(5, held.CallbackType);
        Assert.Contains("held", edit.Body.GetRawText(), StringComparison.Ordinal);
        Assert.All(overflow.Concat(expired), AssertBusy);
        Assert.Equal("Score", GroupWorld.EmbedTitle(newcomer));
        Assert.DoesNotContain(overflow.Concat(expired).Append(held).Append(newcomer), r => r.TimedOut || r.ErrorCode == 10062);
        Assert.Equal(0, admission.Waiting);
    }

    private static void AssertBusy(InteractionResult busy)
    {
        Assert.Equal(4, busy.CallbackType);
        Assert.True(busy.IsEphemeral);
        Assert.Equal(Replies.Busy, busy.Content);
        Assert.Null(GroupWorld.FirstEmbed(busy.Data!.Value));
        Assert.False(busy.Data!.Value.TryGetProperty("components", out var c) && c.GetArrayLength() > 0);
    }

    private sealed class HoldRoute : IInteractionRoute
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<HandlerResult> HandleAsync(Interaction interaction, CancellationToken ct) =>
            Task.FromResult(HandlerResult.Deferred(async token =>
            {
                Entered.SetResult();
                await Release.Task.WaitAsync(token);
                return Replies.Edit("held");
            }));
    }
}
