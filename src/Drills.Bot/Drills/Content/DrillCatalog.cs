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
}
