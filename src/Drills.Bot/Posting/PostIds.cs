using Drills.Bot.Interactions;

namespace Drills.Bot.Posting;

/// <summary>
/// The custom ids of a daily post: its Predict button (opens the modal), its option buttons (the letter is the
/// prediction) and the modal's submit. Each carries the post id; the answer path's route claims these kinds.
/// </summary>
public static class PostIds
{
    public const string Predict = "predict";
    public const string Choice = "choice";
    public const string Modal = "predict-modal";

    public static IReadOnlyList<string> Kinds { get; } = [Predict, Choice, Modal];

    public static string PredictButton(int postId) => new CustomId(Predict, postId).ToString();

    public static string ChoiceButton(int postId, char letter) => new CustomId(Choice, postId, letter).ToString();

    public static string ModalFor(int postId) => new CustomId(Modal, postId).ToString();
}
