using Drills.Bot.Charts;

namespace Drills.Bot.Tests.Charts;

/// <summary>Chart data made from a seeded random generator: the same numbers on every run.</summary>
internal static class ChartSamples
{
    public static readonly DateOnly FirstWeek = new(2025, 9, 29); // a Monday

    public static readonly string[] ConceptNames =
    [
        "sequential awaits", "asyncio.gather", "blocking calls in async code", "asyncio.to_thread", "return_exceptions",
        "TaskGroup", "forgotten awaits", "tasks garbage-collected mid-flight", "async with", "IO-bound vs CPU-bound",
    ];

    /// <summary>A member who practised for 8 weeks (one week off), improving, over 10 concepts.</summary>
    public static MemberChartData Member(int seed = 13)
    {
        var random = new Random(seed);
        var weeks = Enumerable.Range(0, ChartRenderer.MemberWeeks).Select(i =>
        {
            var answered = i == 3 ? 0 : random.Next(4, 8);
            var skill = 0.35 + (0.08 * i);
            var right = Enumerable.Range(0, answered).Count(_ => random.NextDouble() < skill);
            return new WeekAccuracy(FirstWeek.AddDays(7 * i), answered, right);
        }).ToList();
        var concepts = ConceptNames.Select(name =>
        {
            var answered = random.Next(2, 12);
            return new ConceptScore(name, answered, random.Next(0, answered + 1));
        }).ToList();
        return new MemberChartData(weeks, concepts);
    }

    /// <summary>A group's week: five drills with 6-14 predictions each, no drill on Thursday, none answered on Sunday.</summary>
    public static GroupWeekData Week(int seed = 7, string group = "Async study group")
    {
        var random = new Random(seed);
        var days = Enumerable.Range(0, 7).Select(i =>
        {
            var date = FirstWeek.AddDays(49 + i);
            if (i == 3)
            {
                return new DayResult(date, Posted: false, 0, 0);
            }

            var predictions = i == 6 ? 0 : random.Next(6, 15);
            return new DayResult(date, Posted: true, predictions, random.Next(1, predictions + 1));
        }).ToList();
        return new GroupWeekData(group, FirstWeek.AddDays(49), days);
    }
}
