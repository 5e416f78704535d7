namespace Drills.Bot.Answers;

/// <summary>A source's reply to "may this member answer now?": the target, or the refusal.</summary>
public readonly record struct Resolution(AnswerTarget? Target, AnswerOutcome? Refusal)
{
    public static implicit operator Resolution(AnswerTarget target) => new(target, null);

    public static implicit operator Resolution(AnswerOutcome refusal) => new(null, refusal);
}
