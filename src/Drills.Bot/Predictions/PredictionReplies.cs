using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;
using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Predictions;

/// <summary>The member's private result: their prediction, right or wrong and why, the answer and the explanation.</summary>
public static class PredictionReplies
{
    private const int Red = 0xEF4444;
    private const int Amber = 0xF59E0B;

    public static InteractionResponse For(PredictionOutcome outcome, DrillCatalog catalog) => outcome.Status switch
    {
        PredictionStatus.Recorded => Replies.Ephemeral(Result(outcome.Drill!, catalog, outcome.Text!, outcome.Result!, outcome.RedoDue, mastered: false)),
        PredictionStatus.AlreadyPredicted => Replies.Ephemeral(
            $"You already predicted this drill: {SafeText.Inline(outcome.Text ?? "", 300)}. Your first prediction stays locked; the answer comes with the reveal."),
        PredictionStatus.Closed => Replies.Ephemeral("This drill has closed, so predictions are no longer taken: the answer is in the reveal. Catch the next one!"),
        PredictionStatus.NoOpenDrill => Replies.Ephemeral("No drill is open in this server right now. The next one comes at the group's post time."),
        PredictionStatus.NotSetUp => Replies.Ephemeral("Drills isn't set up in this server yet: an organiser can run `/drills setup`."),
        PredictionStatus.DrillRemoved => Replies.Ephemeral("This drill has been removed from the packs, so there is nothing to predict."),
        _ => Replies.Ephemeral(outcome.Problem ?? "That prediction could not be recorded."),
    };

    /// <summary>The result embed, shared by daily predictions and redo answers.</summary>
    public static Embed Result(Drill drill, DrillCatalog catalog, string prediction, CheckResult result, DateTimeOffset? redoDue, bool mastered)
    {
        var (title, colour) = result.Verdict switch
        {
            Verdict.Right => ("✅ Right", DrillMessages.Green),
            Verdict.Close => ("🟡 Close, but not quite", Amber),
            _ => ("❌ Not quite", Red),
        };
        var fields = new List<EmbedField>
        {
            new() { Name = "Your prediction", Value = SafeText.Block(prediction, 900) },
            new() { Name = "Answer", Value = SafeText.Block(drill.Answer.Display, 900) },
            new() { Name = "Why", Value = SafeText.Cut(drill.Explanation, 1024) },
        };
        if (!result.IsRight)
        {
            fields.Insert(1, new EmbedField { Name = "What differs", Value = SafeText.Cut(result.Reason, 1024) });
        }

        if (redoDue is { } due)
        {
            fields.Add(new EmbedField { Name = "Redo", Value = result.IsRight ? $"Next review {SafeText.Relative(due)}." : $"Added to your redo list, due {SafeText.Relative(due)}." });
        }
        else if (mastered)
        {
            fields.Add(new EmbedField { Name = "Redo", Value = "Mastered: off your redo list. 🎉" });
        }

        return new Embed { Title = $"{title} · {SafeText.Cut(DrillMessages.Heading(drill, catalog), 200)}", Color = colour, Fields = fields };
    }
}
