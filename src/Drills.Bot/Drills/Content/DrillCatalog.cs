namespace Drills.Bot.Drills.Content;

/// <summary>All loaded packs, in pack order, with lookup by drill id.</summary>
public sealed class DrillCatalog
{
    private readonly Dictionary<string, Drill> byId;

    public DrillCatalog(IReadOnlyList<DrillPack> packs)
    {
        Packs = packs;
        byId = packs.SelectMany(p => p.Drills).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Ids = [.. byId.Keys];
    }

    public IReadOnlyList<DrillPack> Packs { get; }

    public IEnumerable<Drill> AllDrills => Packs.SelectMany(p => p.Drills);

    public int Count => byId.Count;

    /// <summary>A drill by id, or null when it has been removed from <c>drills/</c> since it was posted.</summary>
    public Drill? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The ids of every drill in the packs now (a retired or removed drill is not among them).</summary>
    public IReadOnlyList<string> Ids { get; }

    public DrillPack? FindPack(string id) => Packs.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// Drills that could stand in for <paramref name="drill"/> on a redo, best first: its explicit variants
    /// (<c>variant-of:</c> either way, or a variant of the same drill), then drills sharing one of its concepts; each
    /// in pack order. Explicit variants come first so a pack's own pairing wins over a concept match.
    /// </summary>
    public IReadOnlyList<Drill> VariantsOf(Drill drill)
    {
        var root = drill.VariantOf ?? drill.Id;
        var explicitOnes = AllDrills.Where(d => d.Id != drill.Id && (d.Id == root || d.VariantOf == root)).ToList();
        var byConcept = AllDrills.Where(d => d.Id != drill.Id && !explicitOnes.Contains(d) && d.Concepts.Intersect(drill.Concepts).Any());
        return [.. explicitOnes, .. byConcept];
    }

    /// <summary>Whether <paramref name="other"/> is an explicit variant of <paramref name="drill"/> (or the other way round).</summary>
    public static bool IsExplicitVariant(Drill drill, Drill other) =>
        (drill.VariantOf ?? drill.Id) == (other.VariantOf ?? other.Id) && drill.Id != other.Id;
}
