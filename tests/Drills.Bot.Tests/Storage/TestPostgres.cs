namespace Drills.Bot.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests may use: a connection string in <c>DRILLS_TEST_POSTGRES</c> whose user may
/// create databases (<c>.ci/run</c> starts a private one). Without it the PostgreSQL tests skip, saying why.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "DRILLS_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason => ConnectionString is null
        ? $"no PostgreSQL for tests: set {Variable} to a connection string (Host=127.0.0.1;Port=...;Username=...) whose user may create databases; .ci/run starts one"
        : null;
}
