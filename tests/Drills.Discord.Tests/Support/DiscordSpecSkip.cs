using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Support;

/// <summary>Whether the tests that need Discord's official spec run, and how they get it.</summary>
internal static class DiscordSpecSkip
{
    /// <summary>Null (run) when the spec is there or required; else the skip reason.</summary>
    public static string? Reason() =>
        OfficialSpec.SpecPath is not null || OfficialSpec.IsRequired
            ? null
            : $"{OfficialSpec.MissingReason}. Set {OfficialSpec.RequireVariable}=1 to make this a failure (CI does).";

    /// <summary>The spec's path; fails the test with a clear message when it is required but missing.</summary>
    public static string RequirePath() => OfficialSpec.SpecPath
        ?? throw new InvalidOperationException($"{OfficialSpec.RequireVariable}=1 but the spec is missing: {OfficialSpec.MissingReason}");
}
