namespace Drills.Bot.Drills.Content;

/// <summary>A folder of drills with a title and its order among packs.</summary>
public sealed record DrillPack(string Id, string Title, int Order, string Description, IReadOnlyList<Drill> Drills);
