namespace Drills.FakeDiscord;

/// <summary>
/// A breach of Discord's rules by the bot: a body failing the OpenAPI schema or a documented limit,
/// a missing <c>allowed_mentions</c>, a gateway misuse. Tests should assert none were recorded.
/// </summary>
public sealed record Violation(string Method, string Path, string Reason, DateTimeOffset Timestamp)
{
    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}: {Reason}";
}
