using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Redo;

/// <summary>The spaced-repetition rule: a miss is due after the first interval; each right answer moves it one interval on.</summary>
public sealed class RedoScheduler(IOptions<RedoOptions> options)
{
    private readonly IReadOnlyList<TimeSpan> intervals = options.Value.ParsedIntervals();

    public IReadOnlyList<TimeSpan> Intervals => intervals;

    /// <summary>Puts the drill on the member's list (or back to the start of it); returns when it is due.</summary>
    public async Task<DateTimeOffset> RecordMissAsync(DrillsDb db, ulong userId, string drillId, int? groupId, DateTimeOffset now, CancellationToken ct)
    {
        var item = await db.RedoItems.FirstOrDefaultAsync(r => r.UserId == userId && r.DrillId == drillId, ct);
        if (item is null)
        {
            item = new RedoItem { UserId = userId, DrillId = drillId, GroupId = groupId };
            db.RedoItems.Add(item);
        }

        Apply(item, right: false, now);
        return item.DueAt;
    }

    /// <summary>Moves an item after an answer: one stage on (mastered past the last), or back to the first.</summary>
    public void Apply(RedoItem item, bool right, DateTimeOffset now)
    {
        item.Stage = right ? item.Stage + 1 : 0;
        item.Mastered = item.Stage >= intervals.Count;
        if (!item.Mastered)
        {
            item.DueAt = now + intervals[item.Stage];
        }
    }
}
