namespace Drills.Bot.Drills.Content;

/// <summary>The printed output; <see cref="Alternatives"/> are other outputs counted right.</summary>
public sealed record OutputAnswer(string Expected, IReadOnlyList<string> Alternatives) : DrillAnswer
{
    public override AnswerKind Kind => AnswerKind.Output;

    public override string Display => Expected;

    public override string FormatHint =>
        "Type the printed lines: use the Predict button for several lines, or separate them with ` / `.";
}
