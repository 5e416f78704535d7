using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Drills.Bot.Storage;

/// <summary>What a failed save means, the same on both providers.</summary>
public static class StorageErrors
{
    // SQLite's extended result codes for a unique index and a primary key (sqlite.org/rescode.html).
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// The save broke a unique index or primary key: a concurrent writer claimed the row first. Any other failure
    /// (a lost connection, a timeout) is not that, and must not be taken for "already done".
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
