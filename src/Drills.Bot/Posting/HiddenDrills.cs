using Drills.Bot.Drills.Content;
using Drills.Bot.Groups;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Posting;

/// <summary>
/// The drills a group must not see outside its daily post, as of an instant: the ones still to come in its rotation
/// (never posted there: showing one would spoil a later day) and the one open then (its answer is not out yet).
/// Practice and redo variants leave these out, for every group the member answers in (<see cref="OfMemberAsync"/>): a
/// member of two servers must not meet one server's drill to come through the other.
/// </summary>
public static class HiddenDrills
{
    /// <summary>
    /// The drills hidden from a member: those of <paramref name="groupId"/> (where they are answering) and of every other
    /// group they have predicted in. One index seek per group on Predictions(GroupId, UserId).
    /// </summary>
    public static async Task<IReadOnlySet<string>> OfMemberAsync(DrillsDb db, ulong userId, int? groupId, DrillCatalog catalog, DateTimeOffset asOf, CancellationToken ct)
    {
        var predictions = db.Predictions; // an extension property: not allowed inside the expression tree
        var groups = await db.Groups.AsNoTracking()
            .Where(g => g.Id == groupId || predictions.Any(p => p.GroupId == g.Id && p.UserId == userId))
            .ToListAsync(ct);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            hidden.UnionWith(await OfAsync(db, group, catalog, asOf, ct));
        }

        return hidden;
    }

    /// <summary>One group's hidden drills as of <paramref name="asOf"/>.</summary>
    private static async Task<HashSet<string>> OfAsync(DrillsDb db, Group group, DrillCatalog catalog, DateTimeOffset asOf, CancellationToken ct)
    {
        var posted = await db.Posts.AsNoTracking()
            .Where(p => p.GroupId == group.Id && p.Error == null && p.MessageId != null && p.PostedAt <= asOf)
            .Select(p => new { p.DrillId, Open = p.ClosesAt > asOf && (p.ClosedAt == null || p.ClosedAt > asOf) })
            .ToListAsync(ct);
        var seen = posted.Select(p => p.DrillId).ToHashSet(StringComparer.Ordinal);
        var hidden = Rotation.For(group, catalog).Select(d => d.Id).Where(id => !seen.Contains(id)).ToHashSet(StringComparer.Ordinal);
        hidden.UnionWith(posted.Where(p => p.Open).Select(p => p.DrillId));
        return hidden;
    }
}
