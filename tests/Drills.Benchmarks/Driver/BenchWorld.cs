using Drills.Bot.Drills.Content;
using Drills.FakeDiscord;

namespace Drills.Benchmarks.Driver;

/// <summary>One scenario's world: the fake Discord on 127.0.0.1, a temp folder with the bot's database, the real drill packs.</summary>
internal sealed class BenchWorld : IAsyncDisposable
{
    private static readonly Lazy<(string Path, DrillCatalog Catalog)> Drills = new(LoadDrills);

    private BenchWorld(FakeDiscordServer discord, string folder, string? postgresServer)
    {
        Discord = discord;
        Folder = folder;
        Db = new BenchDatabase(System.IO.Path.Combine(folder, "drills.db"), postgresServer);
    }

    public FakeDiscordServer Discord { get; }

    public string Folder { get; }

    public BenchDatabase Db { get; }

    public static string DrillsPath => Drills.Value.Path;

    public static DrillCatalog Catalog => Drills.Value.Catalog;

    /// <param name="postgresServer">A PostgreSQL server to put the bot's database on (a database of its own), or null for SQLite.</param>
    public static async Task<BenchWorld> CreateAsync(FakeDiscordOptions? options = null, string? postgresServer = null)
    {
        var discord = await FakeDiscordServer.StartAsync(options ?? new FakeDiscordOptions());
        return new BenchWorld(discord, Directory.CreateTempSubdirectory("drills-bench-").FullName, postgresServer);
    }

    public BotProcess StartBot(DateTimeOffset clock, int globalRequestsPerSecond = 50, IReadOnlyList<(string Key, string Value)>? extra = null) =>
        BotLauncher.Start(new BotConfig(Discord.Token, Discord.ApiBaseUrl, DrillsPath, Db.Path, clock, globalRequestsPerSecond) { Extra = [.. Db.BotSettings, .. extra ?? []] });

    /// <summary>The operator's executable on the system clock (see <see cref="BotLauncher.StartProduction"/>).</summary>
    public BotProcess StartProductionBot() =>
        BotLauncher.StartProduction(new BotConfig(Discord.Token, Discord.ApiBaseUrl, DrillsPath, Db.Path, default));

    /// <summary>A pack's drills in rotation order, with the index of the first multiple-choice one.</summary>
    public static (Drill Drill, int Position) FirstChoiceDrill(string pack)
    {
        var drills = Catalog.FindPack(pack)!.Drills;
        var index = drills.ToList().FindIndex(d => d.Answer is ChoiceAnswer);
        return (drills[index], index);
    }

    /// <summary>Set by <c>--keep</c>: temp folders stay (their paths are printed).</summary>
    public static bool Keep { get; set; }

    public async ValueTask DisposeAsync()
    {
        await Discord.DisposeAsync();
        if (!Keep)
        {
            await Db.DropAsync();
        }

        if (Keep)
        {
            await Console.Error.WriteLineAsync($"  kept {Folder}");
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a stopping process: the temp folder is cleaned up by the system.
        }
    }

    private static (string, DrillCatalog) LoadDrills()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "drills");
            if (File.Exists(System.IO.Path.Combine(candidate, "async", DrillLoader.PackFileName)))
            {
                var result = DrillLoader.Load(candidate);
                return result.IsValid
                    ? (candidate, result.Catalog)
                    : throw new InvalidOperationException($"the drill packs in {candidate} do not load: {result.Problems[0]}");
            }
        }

        throw new InvalidOperationException("no drills/ folder above " + AppContext.BaseDirectory);
    }
}
