namespace Drills.Bot.Answers;

/// <summary>What became of an answer, or why it could not be taken.</summary>
public enum AnswerStatus
{
    Recorded,
    Invalid,

    // Today's drill.
    AlreadyPredicted,
    Closed,
    NoOpenDrill,
    NotSetUp,
    DrillRemoved,

    // A redo item.
    RedoNotDue,
    RedoNotFound,
    RedoDrillRemoved,

    // Practice.
    PracticeHidden,
}
