using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;

namespace Drills.Bot.Answers;

/// <summary>What an answer must be before it is checked and recorded.</summary>
public static class AnswerRules
{
    /// <summary>Long enough for any drill's output; the slash option and the modal say the same.</summary>
    public const int MaxLength = Prediction.MaxTextLength;

    /// <summary>Null when the text can be checked; else why not (empty, too long, not an answer of this kind).</summary>
    public static string? Problem(string? text, DrillAnswer answer, out CheckResult? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Your prediction is empty: type what you think the code does.";
        }

        if (text.Length > MaxLength)
        {
            return $"Predictions are limited to {MaxLength} characters; yours has {text.Length}. Nothing was recorded.";
        }

        result = AnswerChecker.Check(answer, text);
        return result.Verdict == Verdict.Unrecognised ? $"Not recorded: {result.Reason}." : null;
    }
}
