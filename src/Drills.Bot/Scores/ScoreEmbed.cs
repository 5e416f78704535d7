using System.Globalization;
using System.Text;
using Drills.Bot.Redo;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Scores;

/// <summary>The <c>/score</c> embed: totals, streaks, rank, redos; calibration; concept mastery; the concepts missed most lately.</summary>
public static class ScoreEmbed
{
    /// <summary>Concepts listed in the embed (the chart draws up to eight as well).</summary>
    public const int ConceptsShown = 8;

    public static Embed For(ulong userId, ScoreCard card)
    {
        var inv = CultureInfo.InvariantCulture;
        var missed = card.MissedConcepts.Count == 0 ? "nothing lately" : string.Join(", ", card.MissedConcepts.Select(c => $"{c.Concept} ({c.Misses})"));
        return new Embed
        {
            Title = "Score",
            Description = $"{SafeText.Mention(userId)} in this group",
            Color = Colours.Blue,
            Fields =
            [
                new() { Name = "Answered", Value = card.Answered.ToString(inv), Inline = true },
                new() { Name = "Right", Value = card.Right.ToString(inv), Inline = true },
                new() { Name = "Accuracy", Value = card.Answered == 0 ? "–" : $"{card.Accuracy * 100:0}%", Inline = true },
                new() { Name = "Streak", Value = $"{card.CurrentStreak} now · best {card.BestStreak}", Inline = true },
                new() { Name = "Redo", Value = $"{card.RedoPending} pending · {card.RedoDue} due", Inline = true },
                new() { Name = "Rank", Value = card.Rank == 0 ? "not ranked yet" : $"#{card.Rank} of {card.Members}", Inline = true },
                new() { Name = "Calibration", Value = Calibration(card.Calibration) },
                new() { Name = "Concepts", Value = Concepts(card.Concepts) },
                new() { Name = "Missed most, last 30 days", Value = SafeText.Cut(missed, 1024) },
            ],
        };
    }

    /// <summary>"sure 3/4 right (75%) · guess 1/3 right (33%)", surest first; a hint when no confidence was ever given.</summary>
    public static string Calibration(IReadOnlyList<CalibrationRow> rows) => rows.Count == 0
        ? "Say how sure you are (`confidence:` on `/predict`, or the form) to see how well it matches your results."
        : string.Join(" · ", rows.Select(r => $"{ConfidenceText.Label(r.Level)}: {r.Right}/{r.Answered} right ({Percent(r.Right, r.Answered)})"));

    /// <summary>One line per concept, weakest first: drills seen, right %, redos due.</summary>
    public static string Concepts(IReadOnlyList<ConceptMastery> concepts)
    {
        if (concepts.Count == 0)
        {
            return "none yet: every drill you answer counts here, practice too (`/practice`).";
        }

        var text = new StringBuilder();
        foreach (var c in concepts.Take(ConceptsShown))
        {
            var drills = c.DrillsSeen == 1 ? "1 drill" : $"{c.DrillsSeen} drills";
            var due = c.Due > 0 ? $" · {c.Due} due" : "";
            var line = $"{SafeText.Inline(c.Concept, 60)}: {drills}, {Percent(c.Right, c.Answered)} right{due}\n";
            if (text.Length + line.Length > 1000)
            {
                break;
            }

            text.Append(line);
        }

        if (concepts.Count > ConceptsShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"and {concepts.Count - ConceptsShown} more");
        }

        return text.ToString().TrimEnd();
    }

    private static string Percent(int right, int answered) =>
        answered == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100.0 * right / answered):0}%");
}
