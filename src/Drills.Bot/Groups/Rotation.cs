using Drills.Bot.Drills.Content;

namespace Drills.Bot.Groups;

/// <summary>The order a group's drills come in: its packs in pack order, each pack's drills by number.</summary>
public static class Rotation
{
    public static IReadOnlyList<Drill> For(Group group, DrillCatalog catalog)
    {
        var chosen = group.PackList;
        var packs = catalog.Packs.Where(p => chosen.Count == 0 || chosen.Contains(p.Id)).ToList();
        return (packs.Count == 0 ? catalog.Packs : packs).SelectMany(p => p.Drills).ToList();
    }

    /// <summary>The drill to post next, or null when the catalog is empty.</summary>
    public static Drill? Next(Group group, DrillCatalog catalog)
    {
        var drills = For(group, catalog);
        return drills.Count == 0 ? null : drills[group.RotationPosition % drills.Count];
    }
}
