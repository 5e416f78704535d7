namespace Drills.Bot.Groups;

/// <summary>Configuration section <c>Groups</c>: what a new group starts with.</summary>
public sealed class GroupDefaultsOptions
{
    public const string Section = "Groups";

    public string DefaultPostTime { get; set; } = "09:00";

    public string DefaultTimeZone { get; set; } = "UTC";
}
