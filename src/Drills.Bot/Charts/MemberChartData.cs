namespace Drills.Bot.Charts;

/// <summary>
/// What a member's chart shows: their accuracy per week (oldest first; a week without answers is a gap in the
/// line; the chart is made for <see cref="ChartRenderer.MemberWeeks"/> weeks) and their record per concept (the
/// most answered <see cref="ChartRenderer.MaxConcepts"/> are drawn, weakest on top).
/// </summary>
public sealed record MemberChartData(IReadOnlyList<WeekAccuracy> Weeks, IReadOnlyList<ConceptScore> Concepts);
