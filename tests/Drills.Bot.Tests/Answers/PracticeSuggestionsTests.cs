using Drills.Bot.Answers;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Tests.Answers;

/// <summary>What <c>/practice</c> suggests as a member types, on the repository's own packs.</summary>
public sealed class PracticeSuggestionsTests
{
    private static readonly DrillCatalog Catalog = DrillLoader.Load(RepositoryPaths.Drills()).Catalog;

    [Fact]
    public void Pack_MatchesIdOrTitle_PrefixesFirst_ValueIsTheId()
    {
        var typed = PracticeSuggestions.For(Catalog, "pack", "  NA", pack: null);

        // "Names and mutation" starts with it; "Context managers", "Exceptions and finally" and "Scope and names" only contain it.
        Assert.Equal("Names and mutation (names)", typed[0].Name);
        Assert.Equal("names", typed[0].Value.ToString());
        Assert.Equal(["context", "exceptions", "scope"], typed.Skip(1).Select(c => c.Value.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pack_NothingTyped_ListsEveryPackInOrder()
    {
        var all = PracticeSuggestions.For(Catalog, "pack", "", pack: null);

        Assert.Equal(Catalog.Packs.Select(p => p.Id), all.Select(c => c.Value.ToString()));
    }

    [Fact]
    public void Concept_IsLimitedToTheChosenPack_AndMatchesAnyCase()
    {
        var inAsync = PracticeSuggestions.For(Catalog, "concept", "", pack: "Async");
        var asyncConcepts = Catalog.FindPack("async")!.Drills.SelectMany(d => d.Concepts).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gather = PracticeSuggestions.For(Catalog, "concept", "GATH", pack: "async");

        Assert.NotEmpty(inAsync);
        Assert.All(inAsync, c => Assert.Contains(c.Value.ToString()!, asyncConcepts));
        Assert.Equal("gather", gather[0].Value.ToString());
    }

    [Fact]
    public void Concept_AnyPack_NeverMoreThanDiscordShows_NoDuplicates()
    {
        var all = PracticeSuggestions.For(Catalog, "concept", "", pack: "no such pack");
        var distinct = Catalog.AllDrills.SelectMany(d => d.Concepts).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        Assert.True(distinct > PracticeSuggestions.MaxChoices, $"the packs have {distinct} concepts: the cap is not exercised");
        Assert.Equal(PracticeSuggestions.MaxChoices, all.Count);
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(PracticeSuggestions.For(Catalog, "concept", "zzz-nothing", pack: null));
    }
}
