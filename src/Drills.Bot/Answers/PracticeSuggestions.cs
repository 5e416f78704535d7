using Drills.Bot.Drills.Content;
using Drills.Discord;

namespace Drills.Bot.Answers;

/// <summary>
/// What <c>/practice</c> suggests while a member types its <c>pack</c> or <c>concept</c>: the packs, or the concepts of
/// the drills (of the pack already chosen, when one is), whose name starts with what is typed first, then those that
/// contain it; at most Discord's 25 choices. Pure, from the catalog alone.
/// </summary>
public static class PracticeSuggestions
{
    /// <summary>Discord shows at most this many autocomplete choices.</summary>
    public const int MaxChoices = 25;

    public static IReadOnlyList<CommandChoice> For(DrillCatalog catalog, string option, string typed, string? pack)
    {
        typed = typed.Trim();
        if (option == "pack")
        {
            return Ranked(catalog.Packs, p => [p.Id, p.Title], typed)
                .Select(p => CommandChoice.Of(Truncate($"{p.Title} ({p.Id})"), p.Id)).ToList();
        }

        var packs = string.IsNullOrWhiteSpace(pack) ? null : PracticePicker.PacksNamed(catalog, pack);
        var concepts = (packs is { Count: > 0 } ? packs : catalog.Packs).SelectMany(p => p.Drills).SelectMany(d => d.Concepts)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        return Ranked(concepts, c => [c], typed).Select(c => CommandChoice.Of(Truncate(c), Truncate(c))).ToList();
    }

    /// <summary>Names starting with <paramref name="typed"/> first, then names containing it, each group in its given order.</summary>
    private static IEnumerable<T> Ranked<T>(IEnumerable<T> items, Func<T, string[]> names, string typed) => items
        .Select(item => (Item: item, Rank: Rank(names(item), typed)))
        .Where(x => x.Rank < 2).OrderBy(x => x.Rank).Select(x => x.Item).Take(MaxChoices);

    private static int Rank(string[] names, string typed) =>
        names.Any(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)) ? 0
        : names.Any(n => n.Contains(typed, StringComparison.OrdinalIgnoreCase)) ? 1
        : 2;

    /// <summary>Choice names and values are at most 100 characters.</summary>
    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100];
}
