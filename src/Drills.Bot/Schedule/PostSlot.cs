namespace Drills.Bot.Schedule;

/// <summary>A group's next post: its local date and the instant it is due.</summary>
public readonly record struct PostSlot(DateOnly Date, DateTimeOffset At);
