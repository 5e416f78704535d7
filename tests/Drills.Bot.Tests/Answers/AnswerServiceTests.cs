using Drills.Bot.Answers;
using Drills.Bot.Drills;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Scores;
using Drills.Bot.Storage;
using Drills.Bot.Tests.EndToEnd;
using Drills.Bot.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Drills.Bot.Tests.Answers;

/// <summary>
/// The one answer path on a real SQLite file, from both sources. Cases: a daily miss is locked, scored, logged and
/// put on the redo list; a daily right answer leaves an item already on the list alone; a redo answer is logged and
/// moves its item, unscored; a confident miss comes back after one day; a variant moves the original's item and its
/// review names both drills; practice of today's or an upcoming drill is refused, and a practice miss is unscored and
/// goes on the redo list only when configured; a redo not yet due is refused; two answers racing for one daily post or one redo item:
/// the first is recorded, the second told so (the write's conflict, not a crash).
/// </summary>
public sealed class AnswerServiceTests : IAsyncLifetime
{
    private const ulong Guild = 10;
    private const ulong Member = 20;
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Start);
    private readonly string drills = TestPack.Write();
    private TempDatabase database = null!;
    private AnswerService answers = null!;
    private int postId;

    /// <summary>The test pack's two drills share a concept: these tests serve every redo as its own drill.</summary>
    private static VariantPicker NoVariants => new(Options.Create(new RedoOptions { VariantShare = 0 }));

    public async Task InitializeAsync()
    {
        database = await TempDatabase.CreateAsync();
        var content = new DrillContent(Options.Create(new DrillsOptions { Path = drills }));
        answers = new AnswerService(database.Factory, content, Options.Create(new RedoOptions()), new GroupCommit(database.Factory), time);
        var group = new Group { GuildId = Guild, ChannelId = 30, PostTime = new TimeOnly(9, 0), CreatedAt = Start };
        var post = new DrillPost
        {
            Group = group, LocalDate = DateOnly.FromDateTime(Start.UtcDateTime), DrillId = "basics-choice", ChannelId = 30, MessageId = 40,
            PostedAt = Start, ClosesAt = Start.AddDays(1),
        };
        await database.AddAsync(group, post);
        postId = post.Id;
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(drills, recursive: true);
    }

    [Fact]
    public async Task DailyMiss_IsLockedScoredLoggedAndGoesOnTheRedoList()
    {
        var outcome = await answers.SubmitAsync(new DailyAnswer(Guild, null), Member, "A", null, default);

        Assert.Equal((AnswerStatus.Recorded, false, Start.AddDays(3)), (outcome.Status, outcome.Result!.IsRight, outcome.RedoDue));
        Assert.Equal("A", await database.QueryAsync(db => db.Predictions.Select(p => p.Text).SingleAsync()));
        Assert.Equal((1, 0), await database.QueryAsync(db => db.Scores.Select(s => ValueTuple.Create(s.Answered, s.Right)).SingleAsync()));
        Assert.Equal(ReviewSource.Daily, await database.QueryAsync(db => db.Reviews.Select(r => r.Source).SingleAsync()));
        var item = await database.QueryAsync(db => db.RedoItems.SingleAsync());
        Assert.Equal((0, Start.AddDays(3), (int?)1), (item.Stage, item.DueAt, item.GroupId));
    }

    [Fact]
    public async Task DailyRight_LeavesAnItemOnTheListAsItIs()
    {
        await database.AddAsync(new RedoItem { UserId = Member, DrillId = "basics-choice", Stage = 2, DueAt = Start.AddDays(5) });

        var outcome = await answers.SubmitAsync(new DailyAnswer(Guild, postId), Member, "b", null, default);

        Assert.Equal((AnswerStatus.Recorded, true, null), (outcome.Status, outcome.Result!.IsRight, outcome.RedoDue));
        var item = await database.QueryAsync(db => db.RedoItems.SingleAsync());
        Assert.Equal((2, Start.AddDays(5)), (item.Stage, item.DueAt));
    }

    [Fact]
    public async Task RedoAnswer_IsLoggedAndMovesItsItem_Unscored()
    {
        var item = new RedoItem { UserId = Member, DrillId = "basics-output", Stage = 0, DueAt = Start.AddMinutes(-1) };
        await database.AddAsync(item);

        var outcome = await answers.SubmitAsync(new RedoAnswer(item.Id, NoVariants), Member, "a\nb", null, default);

        Assert.Equal((AnswerStatus.Recorded, Start.AddDays(7), false), (outcome.Status, outcome.RedoDue, outcome.Mastered));
        Assert.Equal(ReviewSource.Redo, await database.QueryAsync(db => db.Reviews.Select(r => r.Source).SingleAsync()));
        Assert.Equal((0, 0), await database.QueryAsync(async db => (await db.Predictions.CountAsync(), await db.Scores.CountAsync())));
        Assert.Equal(1, await database.QueryAsync(db => db.RedoItems.Select(r => r.Stage).SingleAsync()));
    }

    [Fact]
    public async Task RedoNotYetDue_IsRefused_AndNothingIsWritten()
    {
        var item = new RedoItem { UserId = Member, DrillId = "basics-output", Stage = 1, DueAt = Start.AddDays(2) };
        await database.AddAsync(item);

        var outcome = await answers.SubmitAsync(new RedoAnswer(item.Id, NoVariants), Member, "a\nb", null, default);

        Assert.Equal((AnswerStatus.RedoNotDue, Start.AddDays(2)), (outcome.Status, outcome.RedoDue));
        Assert.Equal(0, await database.QueryAsync(db => db.Reviews.CountAsync()));
    }

    [Fact]
    public async Task ConfidentDailyMiss_ComesBackAfterOneDay_ConfidenceStored()
    {
        var outcome = await answers.SubmitAsync(new DailyAnswer(Guild, postId), Member, "A", Confidence.Sure, default);

        Assert.Equal((false, Start.AddDays(1), Confidence.Sure), (outcome.Result!.IsRight, outcome.RedoDue, outcome.Confidence));
        Assert.Equal(Confidence.Sure, await database.QueryAsync(db => db.Reviews.Select(r => r.Confidence).SingleAsync()));
        Assert.Equal((int)Confidence.Sure, await database.QueryAsync(db => db.Predictions.Select(p => p.Confidence).SingleAsync()));
        Assert.Equal(Start.AddDays(1), await database.QueryAsync(db => db.RedoItems.Select(r => r.DueAt).SingleAsync()));
    }

    [Theory]
    [InlineData(Confidence.ThinkSo)]
    [InlineData(Confidence.Guess)]
    public async Task UnsureDailyMiss_ComesBackAfterTheFirstInterval(Confidence confidence)
    {
        var outcome = await answers.SubmitAsync(new DailyAnswer(Guild, postId), Member, "A", confidence, default);

        Assert.Equal(Start.AddDays(3), outcome.RedoDue);
    }

    [Fact]
    public async Task VariantAnswer_MovesTheOriginalItem_AndTheReviewNamesBothDrills()
    {
        var item = new RedoItem { UserId = Member, DrillId = "basics-output", Stage = 0, DueAt = Start.AddMinutes(-1) };
        await database.AddAsync(item);
        var always = new VariantPicker(Options.Create(new RedoOptions { VariantShare = 1 }));

        var outcome = await answers.SubmitAsync(new RedoAnswer(item.Id, always), Member, "B", null, default);

        Assert.Equal(("basics-choice", "basics-output", true), (outcome.Drill!.Id, outcome.VariantFor!.Id, outcome.Result!.IsRight));
        var review = await database.QueryAsync(db => db.Reviews.SingleAsync());
        Assert.Equal(("basics-choice", "basics-output", ReviewSource.Redo), (review.DrillId, review.ItemDrillId, review.Source));
        var moved = await database.QueryAsync(db => db.RedoItems.SingleAsync());
        Assert.Equal(("basics-output", 1, Start.AddDays(7)), (moved.DrillId, moved.Stage, moved.DueAt));
    }

    [Fact]
    public async Task Practice_OfTodaysOrAnUpcomingDrill_IsRefused_NothingWritten()
    {
        var today = await answers.SubmitAsync(new PracticeAnswer(Guild, PracticeIds.Key("basics-choice"), AddsRedo: true), Member, "B", null, default);
        var upcoming = await answers.SubmitAsync(new PracticeAnswer(Guild, PracticeIds.Key("basics-output"), AddsRedo: true), Member, "a\nb", null, default);

        Assert.Equal((AnswerStatus.PracticeHidden, AnswerStatus.PracticeHidden), (today.Status, upcoming.Status));
        Assert.Equal(0, await database.QueryAsync(db => db.Reviews.CountAsync()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PracticeMiss_IsLoggedUnscored_AndGoesOnTheRedoListOnlyWhenConfigured(bool addsRedo)
    {
        time.Advance(TimeSpan.FromDays(1)); // today's drill has closed: it may be practised now

        var outcome = await answers.SubmitAsync(new PracticeAnswer(Guild, PracticeIds.Key("basics-choice"), addsRedo), Member, "C", null, default);

        Assert.Equal((AnswerStatus.Recorded, false, true), (outcome.Status, outcome.Result!.IsRight, outcome.Practice));
        Assert.Equal(ReviewSource.Practice, await database.QueryAsync(db => db.Reviews.Select(r => r.Source).SingleAsync()));
        Assert.Equal((0, 0), await database.QueryAsync(async db => (await db.Predictions.CountAsync(), await db.Scores.CountAsync())));
        Assert.Equal(addsRedo ? 1 : 0, await database.QueryAsync(db => db.RedoItems.CountAsync()));
    }

    [Fact]
    public async Task TwoPredictionsRacing_FirstIsLocked_SecondIsToldSo()
    {
        var race = new Race(2);

        var outcomes = await Task.WhenAll(
            answers.SubmitAsync(race.Hold(new DailyAnswer(Guild, postId)), Member, "A", null, default),
            answers.SubmitAsync(race.Hold(new DailyAnswer(Guild, postId)), Member, "C", null, default));

        var first = Assert.Single(outcomes, o => o.Status == AnswerStatus.Recorded);
        var second = Assert.Single(outcomes, o => o.Status == AnswerStatus.AlreadyPredicted);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(1, await database.QueryAsync(db => db.Predictions.CountAsync()));
        Assert.Equal(1, await database.QueryAsync(db => db.Scores.Select(s => s.Answered).SingleAsync()));
    }

    [Fact]
    public async Task TwoRedoAnswersRacing_FirstMovesTheItem_SecondIsNotDue()
    {
        var item = new RedoItem { UserId = Member, DrillId = "basics-output", Stage = 0, DueAt = Start.AddMinutes(-1) };
        await database.AddAsync(item);
        var race = new Race(2);

        var outcomes = await Task.WhenAll(
            answers.SubmitAsync(race.Hold(new RedoAnswer(item.Id, NoVariants)), Member, "a\nb", null, default),
            answers.SubmitAsync(race.Hold(new RedoAnswer(item.Id, NoVariants)), Member, "a\nb", null, default));

        Assert.Single(outcomes, o => o.Status == AnswerStatus.Recorded);
        Assert.Single(outcomes, o => o.Status == AnswerStatus.RedoNotDue);
        Assert.Equal(1, await database.QueryAsync(db => db.RedoItems.Select(r => r.Stage).SingleAsync()));
        Assert.Equal(1, await database.QueryAsync(db => db.Reviews.CountAsync()));
    }

    /// <summary>Holds each source's resolution until all racers have resolved: every one then writes as if first.</summary>
    private sealed class Race(int racers)
    {
        private readonly int racers = racers;
        private readonly TaskCompletionSource allResolved = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int resolved;

        public IAnswerSource Hold(IAnswerSource source) => new Held(source, this);

        private sealed class Held(IAnswerSource source, Race race) : IAnswerSource
        {
            public async Task<Resolution> ResolveAsync(AnswerContext context)
            {
                var resolution = await source.ResolveAsync(context);
                if (Interlocked.Increment(ref race.resolved) == race.racers)
                {
                    race.allResolved.SetResult();
                }

                await race.allResolved.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return resolution;
            }

            public Task<AnswerOutcome?> LostRaceAsync(AnswerContext fresh, AnswerTarget target, DbUpdateException error) =>
                source.LostRaceAsync(fresh, target, error);
        }
    }
}
