using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Checking;

/// <summary>
/// A choice prediction names one option: by its text (any case, with or without the option's backticks),
/// by its letter alone (<c>b</c>, <c>**B**</c>, <c>'B'</c>, <c>(b)</c>, <c>B)</c>, <c>option b</c>,
/// <c>answer: B</c>), by letter and text (<c>B) 1 second</c>), or by one letter inside a sentence
/// (<c>I think B</c>). Naming two letters is refused, not guessed (see <see cref="ChoiceReading"/>).
/// </summary>
public static class ChoiceChecker
{
    public static CheckResult Check(ChoiceAnswer answer, string prediction)
    {
        var reading = ChoiceReading.Read(answer, prediction);
        if (reading.Option is not { } chosen)
        {
            return CheckResult.Unrecognised(reading.Problem ?? Hint(answer));
        }

        return chosen.Letter == answer.Correct
            ? CheckResult.Right()
            : CheckResult.Wrong($"you chose {chosen.Letter}; the answer is {answer.Correct}");
    }

    /// <summary>The option a prediction names, or null when it names none or is ambiguous.</summary>
    public static ChoiceOption? Resolve(ChoiceAnswer answer, string prediction) => ChoiceReading.Read(answer, prediction).Option;

    internal static string Hint(ChoiceAnswer answer) => $"answer with {answer.LetterList()} or an option's text";
}
