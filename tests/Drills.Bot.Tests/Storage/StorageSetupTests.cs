using Drills.Bot.Storage;
using Drills.Bot.Storage.Postgres;
using Drills.Bot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Tests.Storage;

/// <summary>
/// <c>Storage:Provider</c> picks the context the features get and whether writes queue (SQLite only); an unknown
/// provider or a connection string of the wrong kind is refused with a message that says what is accepted.
/// </summary>
public sealed class StorageSetupTests
{
    [Theory]
    [InlineData(null, typeof(SqliteDrillsDb))]
    [InlineData("", typeof(SqliteDrillsDb))]
    [InlineData("sqlite", typeof(SqliteDrillsDb))]
    [InlineData("Postgres", typeof(PostgresDrillsDb))]
    public async Task Provider_PicksTheContext(string? provider, Type context)
    {
        await using var services = Build(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = provider == "Postgres" ? "Host=127.0.0.1;Database=drills" : "Data Source=:memory:",
        });

        await using var db = await services.GetRequiredService<IDbContextFactory<DrillsDb>>().CreateDbContextAsync();

        Assert.IsType(context, db);
        Assert.NotNull(services.GetRequiredService<GroupCommit>());
    }

    [Theory]
    [InlineData("mysql", "Data Source=x.db", "Storage:Provider: 'mysql' is not a storage provider; use sqlite (the default) or postgres")]
    [InlineData("postgres", "Data Source=data/drills.db", "Storage:ConnectionString: ")]
    public void WrongSettings_AreRefusedSayingWhatIsAccepted(string provider, string connectionString, string expected)
    {
        using var services = Build(new() { ["Storage:Provider"] = provider, ["Storage:ConnectionString"] = connectionString });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IDbContextFactory<DrillsDb>>());

        Assert.StartsWith(expected, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .BuildServiceProvider();
}
