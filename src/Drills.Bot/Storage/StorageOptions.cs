using System.ComponentModel.DataAnnotations;

namespace Drills.Bot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A SQLite connection string; the folder of its data source is created at start.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/drills.db";
}
