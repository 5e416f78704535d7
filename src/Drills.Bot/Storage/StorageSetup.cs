using Drills.Bot.Storage.Postgres;
using Drills.Bot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Storage;

/// <summary>
/// EF Core on the configured provider (<c>Storage:Provider</c>): SQLite by default, or PostgreSQL. Features ask
/// for <see cref="IDbContextFactory{DrillsDb}"/> and never learn which; only the chosen provider is ever built.
/// </summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddPooledDbContextFactory<SqliteDrillsDb>((sp, o) => SqliteStorage.Configure(o, Options(sp).ConnectionString));
        services.AddPooledDbContextFactory<PostgresDrillsDb>((sp, o) => PostgresStorage.Configure(o, Options(sp).ConnectionString));
        services.AddSingleton<IDbContextFactory<DrillsDb>>(sp => Options(sp).Kind switch
        {
            StorageProvider.Postgres => new DrillsDbFactory<PostgresDrillsDb>(sp.GetRequiredService<IDbContextFactory<PostgresDrillsDb>>()),
            _ => new DrillsDbFactory<SqliteDrillsDb>(sp.GetRequiredService<IDbContextFactory<SqliteDrillsDb>>()),
        });
        services.AddSingleton(sp => new GroupCommit(sp.GetRequiredService<IDbContextFactory<DrillsDb>>(), Options(sp).MaxBatch));
        return services;
    }

    /// <summary>Applies the provider's migrations; a clear one-line error when the database cannot be opened.</summary>
    public static async Task MigrateAsync(IDbContextFactory<DrillsDb> dbs, string connectionString, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await (db is PostgresDrillsDb
            ? PostgresStorage.MigrateAsync(db, connectionString, ct)
            : SqliteStorage.MigrateAsync(db, connectionString, ct));
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
