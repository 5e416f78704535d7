using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;
using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Answers;

/// <summary>
/// Every reply to an answer, whatever its source: the member's private result (their prediction, right or wrong and
/// why, the answer, the explanation, where the drill stands on their redo list) or why it was not taken; and the
/// form to answer in.
/// </summary>
public static class AnswerReplies
{
    /// <summary>The custom id of the answer field in <see cref="Form"/>.</summary>
    public const string AnswerField = "answer";

    public static InteractionResponse For(AnswerOutcome outcome, DrillCatalog catalog) => outcome.Status == AnswerStatus.Recorded
        ? Replies.Ephemeral(Result(outcome.Drill!, catalog, outcome.Text!, outcome.Result!, outcome.RedoDue, outcome.Mastered))
        : Replies.Ephemeral(Refusal(outcome));

    private static string Refusal(AnswerOutcome outcome) => outcome.Status switch
    {
        AnswerStatus.AlreadyPredicted =>
            $"You already predicted this drill: {SafeText.Inline(outcome.Text ?? "", 300)}. Your first prediction stays locked; the answer comes with the reveal.",
        AnswerStatus.Closed => "This drill has closed, so predictions are no longer taken: the answer is in the reveal. Catch the next one!",
        AnswerStatus.NoOpenDrill => "No drill is open in this server right now. The next one comes at the group's post time.",
        AnswerStatus.NotSetUp => "Drills isn't set up in this server yet: an organiser can run `/drills setup`.",
        AnswerStatus.DrillRemoved => "This drill has been removed from the packs, so there is nothing to predict.",
        AnswerStatus.RedoNotDue => outcome.RedoDue is { } at ? $"Already answered: this one is next due {SafeText.Relative(at)}." : "Already answered.",
        AnswerStatus.RedoNotFound => "That redo is no longer on your list.",
        AnswerStatus.RedoDrillRemoved => "That drill has been removed from the packs, so it is off your list.",
        _ => outcome.Problem ?? "That answer could not be recorded.",
    };

    /// <summary>A modal with one paragraph input for an answer (title &lt;= 45, input &lt;= 1000 chars).</summary>
    public static InteractionResponse Form(string customId, string title) =>
        InteractionResponse.Modal(customId, SafeText.Cut(title, 45),
            Component.LabelFor("Your prediction", Component.TextInput(AnswerField, TextInputStyle.Paragraph,
                minLength: 1, maxLength: AnswerRules.MaxLength, required: true,
                placeholder: "What it prints, how long it takes, or the error")));

    /// <summary>The result embed.</summary>
    public static Embed Result(Drill drill, DrillCatalog catalog, string prediction, CheckResult result, DateTimeOffset? redoDue, bool mastered)
    {
        var (title, colour) = result.Verdict switch
        {
            Verdict.Right => ("✅ Right", Colours.Green),
            Verdict.Close => ("🟡 Close, but not quite", Colours.Amber),
            _ => ("❌ Not quite", Colours.Red),
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
