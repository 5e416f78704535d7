namespace Drills.Discord.Tests.Support;

/// <summary>The theory form of <see cref="DiscordSpecFactAttribute"/>.</summary>
public sealed class DiscordSpecTheoryAttribute : TheoryAttribute
{
    public DiscordSpecTheoryAttribute() => Skip = DiscordSpecSkip.Reason();
}
