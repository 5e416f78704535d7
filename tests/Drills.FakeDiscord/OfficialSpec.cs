using Drills.FakeDiscord.Validation;

namespace Drills.FakeDiscord;

/// <summary>
/// Where Discord's official OpenAPI spec (<c>shared/discord/openapi.json</c> beside the repository) is, for
/// tests that check the project's own schemas against it. A clone without it skips those tests with
/// <see cref="MissingReason"/>; with <c>DRILLS_REQUIRE_DISCORD_SPEC=1</c> (CI) a missing spec fails them.
/// </summary>
public static class OfficialSpec
{
    /// <summary>The environment variable that makes the spec mandatory.</summary>
    public const string RequireVariable = "DRILLS_REQUIRE_DISCORD_SPEC";

    private static readonly Lazy<(string? Path, string? Why)> Located = new(() => (SpecLocator.Find(null, out var why), why));

    /// <summary>The spec's full path, or null when it was not found.</summary>
    public static string? SpecPath => Located.Value.Path;

    /// <summary>Why the spec is not available, or null when it is.</summary>
    public static string? MissingReason => Located.Value.Why;

    /// <summary>True when <see cref="RequireVariable"/> is <c>1</c>: a missing spec is a failure, not a skip.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
