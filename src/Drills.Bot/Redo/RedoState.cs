namespace Drills.Bot.Redo;

/// <summary>Where a redo item stands: the interval it is at, when it is next due, and whether it is done.</summary>
public readonly record struct RedoState(int Stage, DateTimeOffset DueAt, bool Mastered);
