using Drills.Bot.Storage;
using Drills.Bot.Storage.Postgres;
using Drills.Bot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// The bot starts from a compiled model per provider (Storage/&lt;Provider&gt;/CompiledModel) and skips EF's
/// pending-changes check, both to save start-up time and memory. These tests make the checks once instead, for
/// each provider: the entities, the compiled model and the migrations must all describe the same schema. The
/// first two need no server; the migrated schema is read back from a real database.
/// </summary>
public sealed class StorageModelTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public void CompiledModel_MatchesTheEntities(StorageProvider provider)
    {
        using var db = OfflineDb(provider);
        var fromEntities = db.GetService<IDesignTimeModel>().Model;
        var compiled = db.Model;

        var folder = provider.ToString();
        Assert.Equal($"Drills.Bot.Storage.{folder}.CompiledModel", compiled.GetType().Namespace);
        Assert.True(
            Describe(fromEntities).SequenceEqual(Describe(compiled)),
            $"Storage/{folder}/CompiledModel is out of date: run `dotnet ef dbcontext optimize --project src/Drills.Bot --context {db.GetType().Name} "
            + $"--output-dir Storage/{folder}/CompiledModel --namespace Drills.Bot.Storage.{folder}.CompiledModel`. Only in the entities: "
            + string.Join("; ", Describe(fromEntities).Except(Describe(compiled))) + ". Only in the compiled model: "
            + string.Join("; ", Describe(compiled).Except(Describe(fromEntities))));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public void Migrations_CoverTheEntities(StorageProvider provider)
    {
        using var db = OfflineDb(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"the entities changed without a {provider} migration: run `dotnet ef migrations add <Name> --project src/Drills.Bot "
            + $"--context {db.GetType().Name} --output-dir Storage/{provider}/Migrations`");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Migrations_CreateTheSchemaTheModelQueries(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateAsync();
        await using var db = database.NewDb();

        // The design-time model: the compiled one leaves out what only migrations need, such as collations.
        foreach (var table in db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables)
        {
            var columns = table.Columns.Select(c => $"{c.Name} {c.StoreType}{(c.IsNullable ? " null" : "")}{(c.Collation is { } x ? " collate " + x : "")}");
            var indexes = table.Indexes.Select(i => i.Name);
            Assert.Equal(columns.Order(StringComparer.Ordinal), (await SchemaReader.ColumnsAsync(db, table.Name)).Order(StringComparer.Ordinal));
            Assert.Equal(indexes.Order(StringComparer.Ordinal), (await SchemaReader.IndexesAsync(db, table.Name)).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Every entity property with its CLR type and converter, and every table's columns, keys and indexes.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            lines.AddRange(entity.GetProperties().Select(p =>
                $"{entity.ClrType.Name}.{p.Name}: {p.ClrType.Name} via {p.GetValueConverter()?.GetType().Name ?? "-"}"));
        }

        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.AddRange(table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType}{(c.IsNullable ? " null" : "")}"));
            lines.Add($"{table.Name} key ({string.Join(", ", table.PrimaryKey!.Columns.Select(c => c.Name))})");
            lines.AddRange(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")}"));
            lines.AddRange(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name} -> {f.PrincipalTable.Name}"));
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A context that never connects: building the model, compiled or not, needs no server.</summary>
    private static DrillsDb OfflineDb(StorageProvider provider) => provider == StorageProvider.Sqlite
        ? new SqliteDrillsDb(new DbContextOptionsBuilder<SqliteDrillsDb>().UseSqlite("Data Source=:memory:").Options)
        : new PostgresDrillsDb(new DbContextOptionsBuilder<PostgresDrillsDb>().UseNpgsql("Host=localhost;Database=drills").Options);
}
