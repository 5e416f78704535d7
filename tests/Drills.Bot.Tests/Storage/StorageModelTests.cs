using Drills.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// The bot starts from the compiled model (Storage/CompiledModel) and skips EF's pending-changes check, both to
/// save start-up time and memory. These tests make the checks once instead: the entities, the compiled model
/// and the migrations must all describe the same schema.
/// </summary>
public sealed class StorageModelTests
{
    [Fact]
    public void CompiledModel_MatchesTheEntities()
    {
        using var db = NewDb();
        var fromEntities = db.GetService<IDesignTimeModel>().Model;
        var compiled = db.Model;

        Assert.IsType<global::Drills.Bot.Storage.CompiledModel.DrillsDbModel>(compiled, exactMatch: false);
        Assert.True(
            Describe(fromEntities).SequenceEqual(Describe(compiled)),
            "Storage/CompiledModel is out of date: run `dotnet ef dbcontext optimize --project src/Drills.Bot --output-dir Storage/CompiledModel "
            + "--namespace Drills.Bot.Storage.CompiledModel`. Only in the entities: "
            + string.Join("; ", Describe(fromEntities).Except(Describe(compiled))) + ". Only in the compiled model: "
            + string.Join("; ", Describe(compiled).Except(Describe(fromEntities))));
    }

    [Fact]
    public void Migrations_CoverTheEntities()
    {
        using var db = NewDb();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "the entities changed without a migration: run `dotnet ef migrations add <Name> --project src/Drills.Bot --output-dir Storage/Migrations`");
    }

    [Fact]
    public async Task Migrations_CreateTheSchemaTheModelQueries()
    {
        var folder = Directory.CreateTempSubdirectory("drills-model-");
        try
        {
            var file = Path.Combine(folder.FullName, "drills.db");
            await using (var db = NewDb($"Data Source={file};Pooling=False"))
            {
                await db.Database.MigrateAsync();
                foreach (var entity in db.Model.GetEntityTypes())
                {
                    var table = entity.GetTableName()!;
                    var columns = await db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({table})").ToListAsync();
                    var expected = entity.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table, null))!);
                    Assert.Equal(expected.Order(StringComparer.Ordinal), columns.Order(StringComparer.Ordinal));
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
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

    private static DrillsDb NewDb(string connection = "Data Source=:memory:") =>
        new(new DbContextOptionsBuilder<DrillsDb>().UseSqlite(connection).Options);
}
