namespace Drills.Benchmarks;

/// <summary>Command-line options: which scenarios, how long, how many runs. <c>--quick</c> is a smoke run (under 2 minutes).</summary>
internal sealed record BenchSettings
{
    public const string Usage = """
        usage: dotnet run -c Release --project tests/Drills.Benchmarks [-- options]
          --quick              short smoke run (small sizes, one run each; under 2 minutes)
          --only a,b           scenarios: startup, burst, batch, redo, groups, data, charts, soak (default: all but soak)
          --runs N             runs per measurement (default 3; quick 1)
          --burst-seconds S    length of each prediction burst (default 20; quick 4)
          --keep               keep each scenario's temp folder (database) for inspection
          --provider postgres  also run the burst and redo fan-out on PostgreSQL beside SQLite (scenario providers)
          --postgres CONN      the PostgreSQL server for that (default: DRILLS_TEST_POSTGRES)
          --json PATH          also write the results as JSON to PATH
          --compare OLD.json   print each measure beside its value in an earlier --json file, with the change
        """;

    public static readonly IReadOnlyList<string> AllScenarios = ["burst", "batch", "providers", "redo", "groups", "data", "startup", "charts", "soak"];

    /// <summary>What runs without <c>--only</c>: the soak takes several minutes more and is asked for by name.</summary>
    public static readonly IReadOnlyList<string> DefaultScenarios = ["burst", "batch", "redo", "groups", "data", "startup", "charts"];

    public bool Quick { get; init; }
    public IReadOnlySet<string> Only { get; init; } = DefaultScenarios.ToHashSet();
    public int Runs { get; init; } = 3;

    /// <summary>Runs of the measures that take minutes each (redo DMs at 50/s, 1,000 groups' mornings).</summary>
    public int LongRuns { get; init; } = 1;
    public TimeSpan BurstDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Keep the temp folders (databases) instead of deleting them.</summary>
    public bool Keep { get; init; }

    /// <summary>A PostgreSQL server for the providers scenario (each run gets a database of its own there).</summary>
    public string? PostgresServer { get; init; } = Environment.GetEnvironmentVariable("DRILLS_TEST_POSTGRES") is { Length: > 0 } pg ? pg : null;

    /// <summary>Where to write the results as JSON (null: not written).</summary>
    public string? JsonPath { get; init; }

    /// <summary>An earlier run's JSON to print the deltas against (null: no comparison).</summary>
    public string? ComparePath { get; init; }

    /// <summary>Offered rates of the open-loop bursts; the maximum is measured closed-loop with <see cref="MaxInFlight"/>.</summary>
    public IReadOnlyList<int> BurstRates { get; init; } = [100, 1000];
    public int MaxInFlight { get; init; } = 64;

    /// <summary>Group commit sizes (<c>Storage:MaxBatch</c>) compared side by side at 1,000/s offered.</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 8, 64];
    public int RedoMembers { get; init; } = 5_000;
    public int RedoItemsPerMember { get; init; } = 2;
    public int Groups { get; init; } = 1_000;
    public int DataMembers { get; init; } = 100_000;
    public int PredictionsPerMember { get; init; } = 10;
    public int ScoreSamples { get; init; } = 500;
    public int LeaderboardSamples { get; init; } = 100;
    public TimeSpan IdleSettle { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Interactions the soak pushes through the bot, and how often it reports memory and buckets.</summary>
    public int SoakInteractions { get; init; } = 200_000;
    public int SoakReportEvery { get; init; } = 20_000;

    /// <summary>The whole benchmark stops by itself after this long.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(40);

    public static bool TryParse(string[] args, out BenchSettings settings, out string error)
    {
        settings = args.Contains("--quick") ? QuickSettings() : new BenchSettings();
        error = "";
        var withPostgres = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--keep":
                    settings = settings with { Keep = true };
                    break;
                case "--json" when value is not null:
                    settings = settings with { JsonPath = value };
                    i++;
                    break;
                case "--compare" when value is not null:
                    if (!File.Exists(value))
                    {
                        error = $"no file '{value}' to compare with";
                        return false;
                    }

                    settings = settings with { ComparePath = value };
                    i++;
                    break;
                case "--provider" when value is "postgres":
                    withPostgres = true;
                    i++;
                    break;
                case "--provider" when value is "sqlite":
                    i++;
                    break;
                case "--postgres" when value is not null:
                    settings = settings with { PostgresServer = value };
                    i++;
                    break;
                case "--only" when value is not null:
                    var chosen = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
                    if (chosen.Except(AllScenarios).FirstOrDefault() is { } unknown)
                    {
                        error = $"unknown scenario '{unknown}' (known: {string.Join(", ", AllScenarios)})";
                        return false;
                    }

                    settings = settings with { Only = chosen };
                    i++;
                    break;
                case "--runs" when int.TryParse(value, out var runs) && runs is > 0 and <= 20:
                    settings = settings with { Runs = runs, LongRuns = runs };
                    i++;
                    break;
                case "--burst-seconds" when int.TryParse(value, out var seconds) && seconds is > 0 and <= 120:
                    settings = settings with { BurstDuration = TimeSpan.FromSeconds(seconds) };
                    i++;
                    break;
                default:
                    error = $"unknown or incomplete option '{args[i]}'";
                    return false;
            }
        }

        if (withPostgres)
        {
            settings = settings with { Only = settings.Only.Append("providers").ToHashSet() };
        }

        return true;
    }

    private static BenchSettings QuickSettings() => new()
    {
        Quick = true,
        Runs = 1,
        BurstDuration = TimeSpan.FromSeconds(4),
        RedoMembers = 500,
        Groups = 200,
        DataMembers = 10_000,
        ScoreSamples = 100,
        LeaderboardSamples = 20,
        IdleSettle = TimeSpan.FromSeconds(3),
        SoakInteractions = 20_000,
        SoakReportEvery = 4_000,
        Deadline = TimeSpan.FromMinutes(5),
    };
}
