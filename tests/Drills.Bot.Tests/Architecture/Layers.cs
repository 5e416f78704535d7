namespace Drills.Bot.Tests.Architecture;

/// <summary>
/// The layers of src/Drills.Bot, bottom first (docs/architecture.md draws them): a folder may use only folders on a
/// lower layer, so the graph has no cycle. A new folder must be given a layer here.
/// </summary>
internal static class Layers
{
    public static IReadOnlyDictionary<string, int> Bot { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Settings"] = 0,
        ["Text"] = 0,
        ["Storage"] = 1,
        ["Schedule"] = 1,
        ["Interactions"] = 1,
        ["Charts"] = 1,
        ["Drills"] = 2,
        ["Groups"] = 3,
        ["Members"] = 3,
        ["Posting"] = 4,
        ["Redo"] = 5,
        ["Scores"] = 6,
        ["Recap"] = 6,
        ["Answers"] = 7,
        ["Admin"] = 7,
        ["Hosting"] = 8,
    };

    /// <summary>
    /// What EF Core generates from every feature's entities (<c>dotnet ef dbcontext optimize</c>): it names them all
    /// by design, and nothing but EF refers to it.
    /// </summary>
    public static IReadOnlyList<string> Generated { get; } =
        ["Drills.Bot.Storage.Sqlite.CompiledModel", "Drills.Bot.Storage.Postgres.CompiledModel"];
}
