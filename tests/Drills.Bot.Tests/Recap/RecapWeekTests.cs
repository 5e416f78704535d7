using Drills.Bot.Charts;
using Drills.Bot.Drills.Content;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Recap;
using Drills.Bot.Tests.Charts;
using Drills.Bot.Tests.Storage;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Recap;

/// <summary>
/// The recap's week read from a seeded database (five weeks of the async pack, twelve members, a seeded random
/// generator): the numbers match a count made here from the seeded rows, a day without a drill stays out, and the chart of
/// the week is the sample the README shows (<c>docs/images/recap-chart.png</c>).
/// </summary>
public sealed class RecapWeekTests
{
    private static readonly DateOnly First = new(2026, 9, 27); // a Sunday
    private static readonly DateOnly Last = new(2026, 10, 3);
    private static readonly DateOnly Skipped = new(2026, 9, 30); // no drill that Wednesday (paused)
    private static readonly DateOnly OpenDay = new(2026, 10, 4); // the recap's own day: its drill is still open

    [Fact]
    public async Task Week_FromSeededDatabase_MatchesTheRows_AndMakesTheSampleChart()
    {
        var catalog = DrillLoader.Load(RepositoryPaths.Drills()).Catalog;
        var async = catalog.FindPack("async")!.Drills;
        await using var database = await TempDatabase.CreateAsync();
        var seeded = await SeedAsync(database, async);

        var week = await database.QueryAsync(db => RecapReader.ReadAsync(db, catalog, 1, First, Last, default));

        var inWeek = seeded.Where(p => p.LocalDate >= First && p.LocalDate <= Last).ToList();
        Assert.Equal(6, week.Drills.Count);
        Assert.DoesNotContain(week.Drills, d => d.Date == Skipped || d.Date == OpenDay);
        foreach (var day in week.Drills)
        {
            var rows = inWeek.Where(p => p.LocalDate == day.Date).ToList();
            Assert.Equal((rows.Count, rows.Count(r => r.IsRight)), (day.Predictions, day.Right));
        }

        var hardest = inWeek.GroupBy(p => p.LocalDate)
            .OrderBy(g => (double)g.Count(p => p.IsRight) / g.Count()).ThenByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        Assert.Equal(hardest.Key, week.Hardest!.Date);
        var wrong = hardest.Where(p => !p.IsRight).GroupBy(p => p.Text).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        Assert.Equal((wrong.Key, wrong.Count()), week.Hardest.MostCommonWrong);

        var days = inWeek.Select(p => p.LocalDate).Distinct().Count();
        var full = inWeek.GroupBy(p => p.UserId).Where(g => g.Count() == days).Select(g => g.Key).Order().ToList();
        Assert.Equal(full, week.FullWeek);
        Assert.InRange(full.Count, 3, 11);

        // The seed made "gather" drills the group's weak spot before this week and its strong one now: the winner is a
        // concept of those drills, with the largest gain counted here over every concept seen in both periods.
        var gain = week.MostImproved!;
        Assert.Contains(gain.Concept, catalog.FindPack("async")!.Drills.Where(d => d.Concepts.Contains("gather")).SelectMany(d => d.Concepts));
        var gains = catalog.FindPack("async")!.Drills.SelectMany(d => d.Concepts).Distinct().Select(concept =>
        {
            var before = seeded.Where(p => p.LocalDate < First && p.LocalDate >= First.AddDays(-28) && catalog.Find(p.DrillId)!.Concepts.Contains(concept)).ToList();
            var now = inWeek.Where(p => catalog.Find(p.DrillId)!.Concepts.Contains(concept)).ToList();
            return (Concept: concept, Before: before, Now: now);
        }).Where(c => c.Before.Count >= 2 && c.Now.Count >= 2)
            .Select(c => (c.Concept, Gain: (100.0 * c.Now.Count(p => p.IsRight) / c.Now.Count) - (100.0 * c.Before.Count(p => p.IsRight) / c.Before.Count), c.Before, c.Now))
            .OrderByDescending(c => c.Gain).ThenByDescending(c => c.Now.Count).ThenBy(c => c.Concept, StringComparer.Ordinal).First();
        Assert.Equal(gains.Concept, gain.Concept);
        Assert.Equal(
            (gains.Before.Count(p => p.IsRight), gains.Before.Count, gains.Now.Count(p => p.IsRight), gains.Now.Count),
            (gain.BeforeRight, gain.BeforeTotal, gain.NowRight, gain.NowTotal));

        var renderer = new ChartRenderer(new ChartFonts(Options.Create(new ChartOptions())));
        var chart = renderer.RenderGroupWeek(RecapMessages.Chart(week, "Weekly recap"), "recap-chart.png")!;
        var path = Path.Combine(RepositoryPaths.Root(), "docs", "images", "recap-chart.png");
        File.WriteAllBytes(path, chart.Content.ToArray());
        var png = PngPicture.Decode(File.ReadAllBytes(path));
        Assert.Equal((ChartRenderer.Width, ChartRenderer.Height), (png.Width, png.Height));

        var message = RecapMessages.Recap(week, catalog, chart);
        Assert.Equal("attachment://recap-chart.png", message.Embeds![0].Image!.Url);
        Assert.Same(chart, Assert.Single(message.Files!));
        Assert.All(message.Embeds[0].Fields!, f => Assert.InRange(f.Value.Length, 1, 1024));
    }

    [Fact]
    public async Task Week_LeavesOutADrillStillOpen()
    {
        var catalog = DrillLoader.Load(RepositoryPaths.Drills()).Catalog;
        await using var database = await TempDatabase.CreateAsync();
        var seeded = await SeedAsync(database, catalog.FindPack("async")!.Drills, openDay: Last);

        var week = await database.QueryAsync(db => RecapReader.ReadAsync(db, catalog, 1, First, Last, default));

        Assert.Equal(5, week.Drills.Count);
        Assert.DoesNotContain(week.Drills, d => d.Date == Last);
        var closedDays = seeded.Where(p => p.LocalDate >= First && p.LocalDate < Last).Select(p => p.LocalDate).Distinct().Count();
        Assert.Equal(seeded.Where(p => p.LocalDate >= First && p.LocalDate < Last).GroupBy(p => p.UserId).Count(g => g.Count() == closedDays), week.FullWeek.Count);
    }

    /// <summary>Five weeks of daily drills, <paramref name="openDay"/>'s still open; returns every prediction stored.</summary>
    private static async Task<List<Prediction>> SeedAsync(TempDatabase database, IReadOnlyList<Drill> drills, DateOnly? openDay = null)
    {
        openDay ??= OpenDay;
        var random = new Random(2026);
        var created = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var group = new Group { Id = 1, GuildId = 10, ChannelId = 20, PostTime = new TimeOnly(9, 0), TimeZone = "Europe/Berlin", CreatedAt = created };
        var posts = new List<DrillPost>();
        var predictions = new List<Prediction>();
        var regulars = new ulong[] { 101, 102, 103 };
        var others = Enumerable.Range(104, 9).Select(i => (ulong)i).ToArray();
        var index = 0;
        for (var date = First.AddDays(-28); date <= OpenDay; date = date.AddDays(1))
        {
            if (date == Skipped)
            {
                continue;
            }

            var drill = drills[index++ % drills.Count];
            var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);
            var post = new DrillPost
            {
                Group = group, LocalDate = date, DrillId = drill.Id, ChannelId = 20, MessageId = 1000 + (ulong)index, PostedAt = at,
                ClosesAt = at.AddDays(1), ClosedAt = date == openDay ? null : at.AddDays(1),
            };
            posts.Add(post);
            var thisWeek = date >= First;
            var skill = drill.Concepts.Contains("gather") ? (thisWeek ? 0.85 : 0.3) : 0.6;
            foreach (var user in regulars.Concat(others.Where(_ => random.NextDouble() < 0.7)))
            {
                var right = random.NextDouble() < skill;
                var text = right ? "right" : random.NextDouble() < 0.6 ? "~1s" : random.Next(2, 5) + "s";
                predictions.Add(new Prediction
                {
                    Post = post, GroupId = 1, LocalDate = date, DrillId = drill.Id, UserId = user, Text = text, IsRight = right, CreatedAt = at.AddHours(1),
                });
            }
        }

        await database.AddAsync([group, .. posts, .. predictions]);
        return predictions;
    }
}
