namespace Drills.Discord;

/// <summary>
/// A command for bulk overwrite (docs/discord.md "Application commands"). <see cref="DefaultMemberPermissions"/>
/// is a string bitfield (e.g. "32" = MANAGE_GUILD). Commands usable in the bot's DMs must be global with
/// <c>contexts:[0,1]</c> and <c>integration_types:[0]</c>.
/// </summary>
public sealed class ApplicationCommand
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public int Type { get; set; } = 1;
    public IReadOnlyList<ApplicationCommandOption>? Options { get; set; }
    public string? DefaultMemberPermissions { get; set; }
    public IReadOnlyList<int>? Contexts { get; set; }
    public IReadOnlyList<int>? IntegrationTypes { get; set; }
}
