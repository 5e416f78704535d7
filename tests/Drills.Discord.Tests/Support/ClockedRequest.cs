namespace Drills.Discord.Tests.Support;

/// <summary>A request seen by <see cref="ClockedHttpHandler"/>; <see cref="At"/> is the fake clock's time when it arrived.</summary>
internal sealed record ClockedRequest(string Method, string Path, DateTimeOffset At);
