using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Tests.Storage;

namespace Drills.Bot.Tests.Posting;

/// <summary>
/// The reveal's numbers. Its most common wrong answer counts answers that differ only in case and surrounding
/// space as one, and shows it as members typed it: the most frequent spelling, ties broken in ordinal order.
/// </summary>
public sealed class RevealStatsTests
{
    [Theory]
    [InlineData("RuntimeError,RuntimeError,runtimeerror,ValueError", "RuntimeError", 3)]
    [InlineData("runtimeerror,runtimeerror,RuntimeError,ValueError", "runtimeerror", 3)]
    [InlineData("ValueError,ValueError,runtimeerror,RUNTIMEERROR", "RUNTIMEERROR", 2)]
    [InlineData("b,A", "A", 1)]
    public void MostCommonWrong_IsShownAsTyped(string typed, string shown, int count)
    {
        var answers = typed.Split(',').GroupBy(t => t).Select(g => (g.Key.ToLowerInvariant(), g.Key, g.Count()));

        Assert.Equal((shown, count), RevealService.MostCommonWrong(answers));
    }

    [Fact]
    public void MostCommonWrong_NoWrongAnswers_IsNone() => Assert.Null(RevealService.MostCommonWrong([]));

    [Fact]
    public async Task Stats_FromStoredPredictions_ShowTheTypedForm()
    {
        await using var database = await TempDatabase.CreateAsync();
        var at = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
        var post = new DrillPost { Group = new Group { GuildId = 1, CreatedAt = at }, DrillId = "d", PostedAt = at, ClosesAt = at.AddDays(1) };
        string[] texts = ["RuntimeError", " RuntimeError ", "runtimeerror", "ValueError", "ValueError", "TypeError"];
        await database.AddAsync([post, .. texts.Select((text, i) => new Prediction { Post = post, UserId = (ulong)i + 1, DrillId = "d", Text = text, CreatedAt = at })]);
        await database.AddAsync(new Prediction { PostId = post.Id, UserId = 99, DrillId = "d", Text = "TypeError", IsRight = true, CreatedAt = at });

        var stats = await database.QueryAsync(db => RevealService.StatsAsync(db, post.Id, default));

        Assert.Equal(new RevealStats(7, 1, ("RuntimeError", 3)), stats);
    }
}
