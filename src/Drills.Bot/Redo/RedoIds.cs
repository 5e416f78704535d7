using Drills.Bot.Interactions;

namespace Drills.Bot.Redo;

/// <summary>
/// The custom ids of a redo prompt or digest: its Answer button (opens the modal, or shows the options), its option
/// buttons (the letter is the answer) and the modal's submit. Each carries the redo item's id; the answer path's
/// route claims these kinds.
/// </summary>
public static class RedoIds
{
    public const string Answer = "redo";
    public const string Choice = "redo-choice";
    public const string Modal = "redo-modal";

    public static IReadOnlyList<string> Kinds { get; } = [Answer, Choice, Modal];

    public static string AnswerButton(long itemId) => new CustomId(Answer, itemId).ToString();

    public static string ChoiceButton(long itemId, char letter) => new CustomId(Choice, itemId, letter).ToString();

    public static string ModalFor(long itemId) => new CustomId(Modal, itemId).ToString();
}
