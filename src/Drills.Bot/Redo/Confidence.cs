namespace Drills.Bot.Redo;

/// <summary>How sure a member was when they committed a prediction (optional): <c>/score</c> shows their calibration.</summary>
public enum Confidence
{
    Sure = 1,
    ThinkSo = 2,
    Guess = 3,
}
