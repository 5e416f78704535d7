namespace Drills.Bot.Storage;

/// <summary>Where the database lives (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>A file beside the bot: nothing to set up, one process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several bot processes on several machines can share.</summary>
    Postgres,
}
