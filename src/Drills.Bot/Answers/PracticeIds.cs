using Drills.Bot.Drills.Content;
using Drills.Bot.Interactions;

namespace Drills.Bot.Answers;

/// <summary>
/// The custom ids of a practice prompt: its Answer (or "with confidence") button, its option buttons and the modal's
/// submit. Each carries a key of the drill's id (a stable hash), so a click is answered from its id alone.
/// </summary>
public static class PracticeIds
{
    public const string Answer = "practice";
    public const string Choice = "practice-choice";
    public const string Modal = "practice-modal";

    public static IReadOnlyList<string> Kinds { get; } = [Answer, Choice, Modal];

    public static string AnswerButton(Drill drill) => new CustomId(Answer, Key(drill.Id)).ToString();

    public static string ChoiceButton(Drill drill, char letter) => new CustomId(Choice, Key(drill.Id), letter).ToString();

    public static string ModalFor(Drill drill) => new CustomId(Modal, Key(drill.Id)).ToString();

    /// <summary>The drill a key names, or null when none in the packs has it (removed since).</summary>
    public static Drill? Find(DrillCatalog catalog, long key) => catalog.AllDrills.FirstOrDefault(d => Key(d.Id) == key);

    /// <summary>FNV-1a of the id, 62 bits: the same across restarts, unlike a position in the packs.</summary>
    public static long Key(string drillId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in drillId)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return (long)(hash & 0x3FFF_FFFF_FFFF_FFFFUL);
    }
}
