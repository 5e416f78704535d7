using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>Checks a prediction against any drill answer: pure functions, no I/O.</summary>
public static class AnswerChecker
{
    public static CheckResult Check(DrillAnswer answer, string prediction) => answer switch
    {
        ChoiceAnswer choice => ChoiceChecker.Check(choice, prediction),
        OutputAnswer output => OutputChecker.Check(output, prediction),
        NumberAnswer number => NumberChecker.Check(number, prediction),
        ErrorAnswer error => ErrorChecker.Check(error, prediction),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.Kind, "unknown answer kind"),
    };
}
