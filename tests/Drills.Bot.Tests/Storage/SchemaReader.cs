using System.Data.Common;
using Drills.Bot.Storage;
using Drills.Bot.Storage.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Tests.Storage;

/// <summary>Reads a migrated table back from the database's own catalogue, in the terms EF's relational model uses.</summary>
internal static class SchemaReader
{
    /// <summary>Each column as "name type", with " null" when nullable and " collate X" when not the database's collation.</summary>
    public static Task<List<string>> ColumnsAsync(DrillsDb db, string table) => ReadAsync(db, table, db is PostgresDrillsDb
        ? """
          SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN '' ELSE ' null' END
            || COALESCE(' collate ' || c.collname, '')
          FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid
            LEFT JOIN pg_collation c ON c.oid = a.attcollation AND c.collname <> 'default'
          WHERE t.relname = @table AND a.attnum > 0 AND NOT a.attisdropped
          """
        : """SELECT name || ' ' || type || CASE WHEN "notnull" THEN '' ELSE ' null' END FROM pragma_table_info(@table)""");

    /// <summary>The names of the indexes created for the model (not the primary key's).</summary>
    public static Task<List<string>> IndexesAsync(DrillsDb db, string table) => ReadAsync(db, table, db is PostgresDrillsDb
        ? """
          SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
          WHERE t.relname = @table AND NOT x.indisprimary
          """
        : "SELECT name FROM pragma_index_list(@table) WHERE origin = 'c'");

    private static async Task<List<string>> ReadAsync(DrillsDb db, string table, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            var values = new List<string>();
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
