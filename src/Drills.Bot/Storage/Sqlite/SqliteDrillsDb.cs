using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Storage.Sqlite;

/// <summary>The database on SQLite, with its migrations (Sqlite/Migrations) and compiled model (Sqlite/CompiledModel).</summary>
public sealed class SqliteDrillsDb(DbContextOptions<SqliteDrillsDb> options) : DrillsDb(options);
