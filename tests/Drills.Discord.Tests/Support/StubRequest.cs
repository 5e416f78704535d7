namespace Drills.Discord.Tests.Support;

/// <summary>A request seen by <see cref="StubHttpHandler"/>; <see cref="At"/> is when, on the handler's clock.</summary>
internal sealed record StubRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string? Body, DateTimeOffset At);
