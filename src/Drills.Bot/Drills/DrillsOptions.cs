namespace Drills.Bot.Drills;

/// <summary>Configuration section <c>Drills</c>.</summary>
public sealed class DrillsOptions
{
    public const string Section = "Drills";

    /// <summary>The folder of drill packs.</summary>
    public string Path { get; set; } = "drills";
}
