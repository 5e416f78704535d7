namespace Drills.Bot.Drills.Content;

/// <summary>A multiple-choice answer. <see cref="RealBehaviour"/> is what the code really does, for <c>verify</c>.</summary>
public sealed record ChoiceAnswer(IReadOnlyList<ChoiceOption> Options, char Correct, RealBehaviour RealBehaviour) : DrillAnswer
{
    public override AnswerKind Kind => AnswerKind.Choice;

    /// <summary>
    /// Set when the options are prose that <c>verify</c> cannot match with the code's behaviour: the letter a
    /// reviewer checked by hand. It repeats <see cref="Correct"/>, so changing that alone still fails verify.
    /// </summary>
    public char? Judged { get; init; }

    public ChoiceOption CorrectOption => Options.Single(o => o.Letter == Correct);

    public override string Display => $"{CorrectOption.Letter}) {CorrectOption.Text}";

    public override string FormatHint => $"Pick {LetterList()} (a button, or `/predict answer:B`).";

    public string LetterList()
    {
        var letters = Options.Select(o => o.Letter.ToString()).ToList();
        return letters.Count == 1 ? letters[0] : string.Join(", ", letters[..^1]) + " or " + letters[^1];
    }
}

public sealed record ChoiceOption(char Letter, string Text);

/// <summary>What a choice drill's code really prints, or the exception it really raises.</summary>
public sealed record RealBehaviour(string? Output, string? RaisesType, string? Message);
