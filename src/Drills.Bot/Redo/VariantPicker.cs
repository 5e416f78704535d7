using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Redo;

/// <summary>
/// Which drill a due redo item is served as: its own, or (about <see cref="RedoOptions.VariantShare"/> of the time) a
/// variant the member has not seen, so they relearn the distinction rather than a remembered answer. Explicit variants
/// (<c>variant-of:</c>) win over drills that only share a concept. The choice is a pure function of the item and its due
/// time (a seeded roll; "seen" and "hidden" as of the due time), so the digest, the prompt and the answer all agree,
/// and it changes once the item moves on. Never a drill that any group the member answers in has still to post, nor
/// one open there.
/// </summary>
public sealed class VariantPicker(IOptions<RedoOptions> options)
{
    public async Task<Drill> ServeAsync(DrillsDb db, DrillCatalog catalog, RedoItem item, Drill original, CancellationToken ct)
    {
        var share = options.Value.VariantShare;
        if (share <= 0 || Roll(item, salt: 0) >= share)
        {
            return original;
        }

        var candidates = catalog.VariantsOf(original);
        if (candidates.Count == 0)
        {
            return original;
        }

        var ids = candidates.Select(d => d.Id).ToList();
        var seen = (await db.Reviews.AsNoTracking()
            .Where(r => r.UserId == item.UserId && r.At < item.DueAt && ids.Contains(r.DrillId))
            .Select(r => r.DrillId).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var hidden = await HiddenDrills.OfMemberAsync(db, item.UserId, item.GroupId, catalog, item.DueAt, ct);
        var fresh = candidates.Where(d => !seen.Contains(d.Id) && !hidden.Contains(d.Id)).ToList();
        var explicitOnes = fresh.Where(d => DrillCatalog.IsExplicitVariant(original, d)).ToList();
        var pool = explicitOnes.Count > 0 ? explicitOnes : fresh;
        return pool.Count == 0 ? original : pool[(int)(Roll(item, salt: 1) * pool.Count)];
    }

    /// <summary>A number in [0, 1) fixed by the item and its due time (SplitMix64): the same on every call, new per due time.</summary>
    public static double Roll(RedoItem item, int salt)
    {
        var x = unchecked((ulong)item.Id * 0x9E3779B97F4A7C15UL ^ (ulong)item.DueAt.ToUnixTimeMilliseconds() ^ (ulong)salt * 0xD1B54A32D192ED03UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }
}
