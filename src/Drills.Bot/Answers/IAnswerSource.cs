using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Answers;

/// <summary>
/// Where an answer comes from (today's drill, a redo item): it finds what is being answered and says what losing a
/// race for the write means. Everything else (check, review log, redo step, score, the write) is the answer path's.
/// </summary>
public interface IAnswerSource
{
    /// <summary>The target, or why the member cannot answer it now. Reads through <see cref="AnswerContext.Db"/>.</summary>
    Task<Resolution> ResolveAsync(AnswerContext context);

    /// <summary>The outcome when the write lost a race (the same member twice at once), or null for a real failure.</summary>
    Task<AnswerOutcome?> LostRaceAsync(AnswerContext fresh, AnswerTarget target, DbUpdateException error);
}
