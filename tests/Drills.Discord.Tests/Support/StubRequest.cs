namespace Drills.Discord.Tests.Support;

/// <summary>A request seen by <see cref="StubHttpHandler"/>; <see cref="At"/> is a <see cref="TimeProvider.System"/> timestamp.</summary>
internal sealed record StubRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string? Body, long At);
