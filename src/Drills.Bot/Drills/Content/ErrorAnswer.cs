namespace Drills.Bot.Drills.Content;

/// <summary>The exception the code ends with; the message counts only when <see cref="MessageRequired"/>.</summary>
public sealed record ErrorAnswer(string Type, string? Message, bool MessageRequired) : DrillAnswer
{
    public override AnswerKind Kind => AnswerKind.Error;

    public override string Display => Message is null ? Type : $"{Type}: {Message}";

    public override string FormatHint => MessageRequired
        ? "Type the exception and its message, e.g. `RuntimeError: ...`."
        : "Type the exception's name, e.g. `RuntimeError`.";
}
