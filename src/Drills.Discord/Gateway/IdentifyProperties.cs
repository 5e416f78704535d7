namespace Drills.Discord;

/// <summary><c>properties</c> of Identify: the connecting client's os, browser and device names.</summary>
internal sealed class IdentifyProperties
{
    public string Os { get; init; } = "";
    public string Browser { get; init; } = "drills";
    public string Device { get; init; } = "drills";
}
