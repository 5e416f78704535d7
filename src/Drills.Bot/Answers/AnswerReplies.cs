using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;
using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
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

    /// <summary>The custom id of the optional "how sure are you?" select in <see cref="Form"/>.</summary>
    public const string ConfidenceField = "confidence";

    public static InteractionResponse For(AnswerOutcome outcome, DrillCatalog catalog) => outcome.Status == AnswerStatus.Recorded
        ? Replies.Ephemeral(Result(outcome, catalog))
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
        AnswerStatus.PracticeHidden => "That drill is today's or still to come in this server (or another where you answer), so it can't be practised yet: no spoilers. Try `/practice` again.",
        _ => outcome.Problem ?? "That answer could not be recorded.",
    };

    /// <summary>
    /// A modal to answer in (title &lt;= 45): the prediction (a paragraph input, or for a choice drill a select of its
    /// options) and an optional "how sure are you?" select that a member who skips it never touches.
    /// </summary>
    public static InteractionResponse Form(string customId, string title, Drill drill)
    {
        var answer = drill.Answer is ChoiceAnswer choice
            ? Component.LabelFor("Your prediction", Component.StringSelect(AnswerField,
                choice.Options.Select(o => new SelectOption { Label = SafeText.Cut($"{o.Letter}) {o.Text}", 100), Value = o.Letter.ToString() }).ToList(),
                placeholder: "Pick an option"))
            : Component.LabelFor("Your prediction", Component.TextInput(AnswerField, TextInputStyle.Paragraph,
                minLength: 1, maxLength: AnswerRules.MaxLength, required: true,
                placeholder: "What it prints, how long it takes, or the error"));
        var sure = Component.StringSelect(ConfidenceField,
            ConfidenceText.All.Select(c => new SelectOption { Label = c.Label, Value = c.Value }).ToList(), placeholder: "Optional", minValues: 0, maxValues: 1);
        sure.Required = false;
        return InteractionResponse.Modal(customId, SafeText.Cut(title, 45), answer,
            Component.LabelFor("How sure are you?", sure, "Optional: /score shows how well your confidence matches your results"));
    }

    /// <summary>The result embed.</summary>
    public static Embed Result(AnswerOutcome outcome, DrillCatalog catalog)
    {
        var (drill, prediction, result, redoDue, mastered) = (outcome.Drill!, outcome.Text!, outcome.Result!, outcome.RedoDue, outcome.Mastered);
        var (title, colour) = result.Verdict switch
        {
            Verdict.Right => ("✅ Right", Colours.Green),
            Verdict.Close => ("🟡 Close, but not quite", Colours.Amber),
            _ => ("❌ Not quite", Colours.Red),
        };
        var fields = new List<EmbedField>
        {
            new() { Name = outcome.Confidence is { } c ? $"Your prediction ({ConfidenceText.Label(c)})" : "Your prediction", Value = SafeText.Block(prediction, 900) },
            new() { Name = "Answer", Value = SafeText.Block(drill.Answer.Display, 900) },
            new() { Name = "Why", Value = SafeText.Cut(drill.Explanation, 1024) },
        };
        if (!result.IsRight)
        {
            fields.Insert(1, new EmbedField { Name = "What differs", Value = SafeText.Cut(result.Reason, 1024) });
        }

        if (outcome.VariantFor is { } original)
        {
            fields.Add(new EmbedField { Name = "Variant", Value = SafeText.Cut($"This stood in for your redo of {DrillMessages.Heading(original, catalog)}: same idea, new code.", 1024) });
        }

        if (redoDue is { } due)
        {
            var line = result.IsRight ? $"Next review {SafeText.Relative(due)}." : $"Added to your redo list, due {SafeText.Relative(due)}.";
            if (!result.IsRight && outcome.Confidence == Confidence.Sure)
            {
                line = $"You were sure, and missed: the most useful mistake there is. It comes back sooner, {SafeText.Relative(due)}.";
            }

            fields.Add(new EmbedField { Name = "Redo", Value = line });
        }
        else if (mastered)
        {
            fields.Add(new EmbedField { Name = "Redo", Value = "Mastered: off your redo list. 🎉" });
        }

        var footer = outcome.Practice ? new EmbedFooter { Text = "Practice: not scored, not on the leaderboard." } : null;
        return new Embed { Title = $"{title} · {SafeText.Cut(DrillMessages.Heading(drill, catalog), 200)}", Color = colour, Fields = fields, Footer = footer };
    }
}
