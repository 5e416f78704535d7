using Drills.FakeDiscord;

namespace Drills.Discord.Tests.Support;

/// <summary>
/// A fact that needs Discord's official openapi.json beside the repository: skipped with the reason when it is
/// absent (a user's clone), run (and failing on the missing file) when <c>DRILLS_REQUIRE_DISCORD_SPEC=1</c> (CI).
/// </summary>
public sealed class DiscordSpecFactAttribute : FactAttribute
{
    public DiscordSpecFactAttribute() => Skip = DiscordSpecSkip.Reason();
}
