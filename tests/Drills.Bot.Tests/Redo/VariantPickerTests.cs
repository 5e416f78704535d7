using Drills.Bot.Drills.Content;
using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Tests.Drills;
using Drills.Bot.Tests.Storage;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Redo;

/// <summary>
/// Which drill a due redo is served as, on a real SQLite file: an explicit <c>variant-of:</c> wins over a shared
/// concept; a variant the member has seen (before the item fell due) is passed over; a drill its group has still to
/// post is never served; the share is about what is configured and the same item always gets the same drill. And the
/// loader refuses a <c>variant-of:</c> naming no drill.
/// </summary>
public sealed class VariantPickerTests : IAsyncLifetime
{
    private const ulong Member = 20;
    private static readonly DateTimeOffset Due = new(2026, 5, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly DrillFolder folder = new();
    private TempDatabase database = null!;
    private DrillCatalog catalog = null!;

    public async Task InitializeAsync()
    {
        folder.Pack("basics")
            .Drill("basics", "01.md", Output("t-base", 1, "concepts: x"))
            .Drill("basics", "02.md", Output("t-concept", 2, "concepts: x"))
            .Drill("basics", "03.md", Output("t-explicit", 3, "concepts: y\nvariant-of: t-base"))
            .Drill("basics", "04.md", Output("t-other", 4, "concepts: z"));
        var loaded = DrillLoader.Load(folder.Root);
        Assert.Empty(loaded.Problems);
        catalog = loaded.Catalog;
        database = await TempDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task ExplicitVariant_WinsOverASharedConcept()
    {
        Assert.Equal("t-explicit", await ServeAsync(Item(1), share: 1));
    }

    [Fact]
    public async Task SeenVariant_IsPassedOver_ThenTheConceptMatch_ThenTheDrillItself()
    {
        await database.AddAsync(new Review { UserId = Member, DrillId = "t-explicit", At = Due.AddDays(-1), Prediction = "2" });
        Assert.Equal("t-concept", await ServeAsync(Item(1), share: 1));

        await database.AddAsync(new Review { UserId = Member, DrillId = "t-concept", At = Due.AddDays(-2), Prediction = "2" });
        Assert.Equal("t-base", await ServeAsync(Item(1), share: 1));
    }

    [Fact]
    public async Task SeenOnlyAfterItFellDue_StillServed_SoTheDigestAndTheAnswerAgree()
    {
        await database.AddAsync(new Review { UserId = Member, DrillId = "t-explicit", At = Due.AddHours(1), Prediction = "2" });

        Assert.Equal("t-explicit", await ServeAsync(Item(1), share: 1));
    }

    [Fact]
    public async Task ADrillTheGroupHasStillToPost_IsNeverServed()
    {
        var group = new Group { GuildId = 10, ChannelId = 30, PostTime = new TimeOnly(9, 0), CreatedAt = Due.AddDays(-10) };
        var post = new DrillPost
        {
            Group = group, LocalDate = DateOnly.FromDateTime(Due.AddDays(-5).UtcDateTime), DrillId = "t-base", ChannelId = 30, MessageId = 40,
            PostedAt = Due.AddDays(-5), ClosesAt = Due.AddDays(-4), ClosedAt = Due.AddDays(-4),
        };
        await database.AddAsync(group, post);

        // t-explicit and t-concept are still to come in the group's rotation: the redo is served as itself.
        Assert.Equal("t-base", await ServeAsync(Item(1) with { GroupId = group.Id }, share: 1));
    }

    [Fact]
    public async Task ShareZero_AlwaysTheDrillItself()
    {
        Assert.Equal("t-base", await ServeAsync(Item(1), share: 0));
    }

    [Fact]
    public void Roll_IsAboutTheShare_AndTheSameForTheSameItemAndDueTime()
    {
        var items = Enumerable.Range(1, 2000).Select(i => Item(i)).ToList();
        var below = items.Count(i => VariantPicker.Roll(i, 0) < 0.5);

        Assert.InRange(below, 900, 1100);
        Assert.All(items.Take(50), i => Assert.Equal(VariantPicker.Roll(i, 0), VariantPicker.Roll(Item(i.Id), 0)));
        Assert.Contains(items, i => VariantPicker.Roll(i, 0) != VariantPicker.Roll(i with { DueAt = i.DueAt.AddDays(7) }, 0));
    }

    [Fact]
    public void Loader_VariantOfAnUnknownId_IsAProblemAtItsLine()
    {
        using var broken = new DrillFolder().Pack("basics").Drill("basics", "01.md", Output("t-one", 1, "concepts: x\nvariant-of: t-nope"));

        var problem = Assert.Single(DrillLoader.Load(broken.Root).Problems);

        Assert.Equal((6, "variant-of", "'t-nope' is not the id of any drill in the packs"), (problem.Line, problem.Field, problem.Message));
    }

    private async Task<string> ServeAsync(ItemSpec spec, double share)
    {
        var picker = new VariantPicker(Options.Create(new RedoOptions { VariantShare = share }));
        var item = new RedoItem { Id = spec.Id, UserId = Member, DrillId = "t-base", DueAt = spec.DueAt, GroupId = spec.GroupId };

        // With a share of 1 every roll serves a variant; the roll for share 0.5 is tested on its own.
        return (await database.QueryAsync(db => picker.ServeAsync(db, catalog, item, catalog.Find("t-base")!, default))).Id;
    }

    private static ItemSpec Item(long id) => new(id, Due, null);

    private static string Output(string id, int number, string concepts) =>
        DrillFolder.OutputDrill(id, number, replace: t => t.Replace("concepts: arithmetic, print", concepts, StringComparison.Ordinal));

    private sealed record ItemSpec(long Id, DateTimeOffset DueAt, int? GroupId)
    {
        public static implicit operator RedoItem(ItemSpec s) => new() { Id = s.Id, UserId = Member, DrillId = "t-base", DueAt = s.DueAt, GroupId = s.GroupId };
    }
}
