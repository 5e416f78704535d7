namespace Drills.Bot.Schedule;

/// <summary>When a group posts: its local post time, its zone (resolved once from the stored name) and whether it is paused.</summary>
public sealed record PostSettings(TimeOnly PostTime, TimeZoneInfo Zone, bool Paused);
