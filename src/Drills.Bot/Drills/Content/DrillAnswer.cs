namespace Drills.Bot.Drills.Content;

/// <summary>What a drill's answer is and how a prediction is checked against it.</summary>
public abstract record DrillAnswer
{
    public abstract AnswerKind Kind { get; }

    /// <summary>The answer as shown to a member once they have predicted (and in the public reveal).</summary>
    public abstract string Display { get; }

    /// <summary>A one-line hint on how to type a prediction, shown on the drill post.</summary>
    public abstract string FormatHint { get; }
}

public enum AnswerKind
{
    Choice,
    Output,
    Number,
    Error,
}
