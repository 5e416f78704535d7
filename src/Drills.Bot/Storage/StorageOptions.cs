using System.ComponentModel.DataAnnotations;

namespace Drills.Bot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (the default, also when empty) or <c>postgres</c>, in any case.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// For SQLite a connection string whose data source folder is created at start; for PostgreSQL one like
    /// <c>Host=db;Database=drills;Username=drills;Password=...</c>.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/drills.db";

    /// <summary>Predictions saved together in one transaction at most (<see cref="GroupCommit"/>); 1 saves each alone.</summary>
    public int MaxBatch { get; set; } = 64;

    /// <summary>The parsed <see cref="Provider"/>; validation at start has refused any other name.</summary>
    public StorageProvider Kind => TryParseProvider(Provider, out var kind)
        ? kind
        : throw new InvalidOperationException($"unknown storage provider '{Provider}'");

    public static bool TryParseProvider(string? name, out StorageProvider provider)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "" or "sqlite":
                provider = StorageProvider.Sqlite;
                return true;
            case "postgres":
                provider = StorageProvider.Postgres;
                return true;
            default:
                provider = default;
                return false;
        }
    }
}
