using Drills.Discord;
using Drills.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// The soak benchmark's short variant: 3,000 interactions through the bot in waves of 1,000 (16 in flight), with
/// idle rate-limit buckets dropped after 1 s (<c>Discord:RateLimitBucketIdleTime</c>; 10 s by default). Each
/// interaction has buckets of its own; after every wave they are gone again, so the live buckets never exceed
/// one wave's worth, however many interactions the bot has answered.
/// </summary>
public sealed class SoakTests
{
    private const int Waves = 3;
    private const int PerWave = 1_000;
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ThreeThousandInteractions_LeaveNoBucketsBehind()
    {
        await using var bot = await BotHarness.StartAsync(Start, services =>
            services.PostConfigure<DiscordOptions>(o => o.RateLimitBucketIdleTime = TimeSpan.FromSeconds(1)));
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        var rest = bot.Host.Services.GetRequiredService<DiscordRestClient>();
        FakeUser[] members = [world.Alice, world.Bob, world.Dave];
        var unanswered = 0;
        var most = 0;

        for (var wave = 0; wave < Waves; wave++)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, PerWave), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            {
                var result = await bot.Discord.SendSlashCommandAsync(members[i % members.Length], world.Channel, "score");
                if (result.Status is null)
                {
                    Interlocked.Increment(ref unanswered);
                }
            });
            most = Math.Max(most, rest.LiveRateLimitBuckets);
            await FakeDiscordServer.WaitUntilAsync(() => rest.LiveRateLimitBuckets <= 5, TimeSpan.FromSeconds(15), $"the buckets of wave {wave + 1} to be dropped");
        }

        Assert.Equal(0, unanswered);
        // One wave's interactions plus the few long-lived buckets (channel messages, DMs, commands): a leak would
        // carry every earlier wave's buckets into the next (2,000+ by the second wave).
        Assert.InRange(most, 1, PerWave + 20);
    }
}
