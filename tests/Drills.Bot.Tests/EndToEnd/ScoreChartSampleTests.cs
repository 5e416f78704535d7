using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Drills.Bot.Tests.Charts;
using Drills.FakeDiscord;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drills.Bot.Tests.EndToEnd;

/// <summary>
/// Writes the <c>/score</c> chart the README shows (<c>docs/images/score-chart.png</c>) through the real command: the
/// real packs, a database seeded with eight weeks of one member's daily predictions (improving week by week, a few
/// weeks' misses on the async pack) and some practice, and the PNG the fake Discord accepted.
/// </summary>
public sealed class ScoreChartSampleTests
{
    // Sunday 6 December 2026, 20:00 UTC: eight weeks of history end yesterday, on the last day of the chart's last week.
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstMonday = new(2026, 10, 12, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScoreChart_FromASeededDatabase_IsWrittenToDocsImages()
    {
        var packs = Path.Combine(RepositoryPaths.Root(), "drills");
        await using var bot = await BotHarness.StartAsync(Now, s => s.Configure<DrillsOptions>(o => o.Path = packs));
        var world = await GroupWorld.SetUpAsync(bot, zone: "UTC");
        var alice = world.Alice.Id;
        await bot.QueryAsync(async db =>
        {
            var group = await db.Groups.SingleAsync();
            var drills = bot.Host.Services.GetRequiredService<DrillContent>().Catalog.AllDrills.ToList();
            for (var day = 56; day >= 1; day--)
            {
                var at = Now.AddDays(-day).AddHours(-11);
                var drill = drills[(56 - day) * 5 % drills.Count];
                var week = (at - FirstMonday).Days / 7;

                // The fifth week is a holiday; otherwise the member answers most days, better each week.
                if (week == 4 || day % 7 == 3)
                {
                    continue;
                }

                var right = (day * 37 % 100) < 30 + week * 10 && !(drill.Pack == "async" && week < 6);
                var post = new DrillPost
                {
                    GroupId = group.Id, LocalDate = DateOnly.FromDateTime(at.UtcDateTime), DrillId = drill.Id, ChannelId = group.ChannelId,
                    MessageId = (ulong)(1000 + day), PostedAt = at, ClosesAt = at.AddDays(1), ClosedAt = at.AddDays(1),
                };
                db.Posts.Add(post);
                db.Predictions.Add(new Prediction
                {
                    Post = post, GroupId = group.Id, LocalDate = post.LocalDate, DrillId = drill.Id, UserId = alice, Text = "seeded", IsRight = right, CreatedAt = at,
                });
                db.Reviews.Add(new Review { UserId = alice, DrillId = drill.Id, At = at, Prediction = "seeded", IsRight = right, Source = ReviewSource.Daily });
                if (day % 4 == 0)
                {
                    db.Reviews.Add(new Review { UserId = alice, DrillId = drill.Id, At = at.AddHours(5), Prediction = "seeded", IsRight = true, Source = ReviewSource.Practice });
                }
            }

            return await db.SaveChangesAsync();
        });

        var score = await bot.Discord.SendSlashCommandAsync(world.Alice, world.Channel, "score");

        var file = Assert.Single(Assert.Single(score.Messages).Files);
        var png = PngPicture.Decode(file.Content);
        Assert.Equal((800, 400), (png.Width, png.Height));
        Assert.Contains("Concepts, weakest first", file.Description, StringComparison.Ordinal);
        var folder = Path.Combine(RepositoryPaths.Root(), "docs", "images");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "score-chart.png"), file.Content);
    }
}
