using Drills.Bot.Groups;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Answers;

/// <summary>
/// An unscored practice answer in a guild: any drill in the packs except the ones the group must not see yet
/// (<see cref="HiddenDrills"/>: still to come in its rotation, or open today). No score, no leaderboard; the review
/// counts for concept mastery and, when <see cref="PracticeOptions.AddsRedo"/>, a miss goes on the redo list.
/// </summary>
public sealed record PracticeAnswer(ulong GuildId, long DrillKey, bool AddsRedo) : IAnswerSource
{
    public async Task<Resolution> ResolveAsync(AnswerContext context)
    {
        var (db, catalog, userId, now, ct) = context;
        var groupId = await db.Groups.AsNoTracking().Where(g => g.GuildId == GuildId).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        if (groupId is not { } id)
        {
            return new AnswerOutcome(AnswerStatus.NotSetUp);
        }

        if (PracticeIds.Find(catalog, DrillKey) is not { } drill)
        {
            return new AnswerOutcome(AnswerStatus.DrillRemoved);
        }

        var hidden = await HiddenDrills.OfMemberAsync(db, userId, id, catalog, now, ct);
        return hidden.Contains(drill.Id)
            ? new AnswerOutcome(AnswerStatus.PracticeHidden, drill)
            : new AnswerTarget(drill, ReviewSource.Practice, AddsRedo: AddsRedo);
    }

    /// <summary>Practice keeps no unique row, so a failed write is a real failure.</summary>
    public Task<AnswerOutcome?> LostRaceAsync(AnswerContext fresh, AnswerTarget target, DbUpdateException error) => Task.FromResult<AnswerOutcome?>(null);
}
