using Drills.Bot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Storage;

/// <summary>The provider is one the bot knows, and a PostgreSQL connection string parses (an empty one is refused elsewhere).</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!StorageOptions.TryParseProvider(options.Provider, out var provider))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider: '{options.Provider}' is not a storage provider; use sqlite (the default) or postgres");
        }

        if (options.MaxBatch is < 1 or > 1000)
        {
            return ValidateOptionsResult.Fail($"Storage:MaxBatch: {options.MaxBatch} is out of range; use 1 to 1000 (default 64)");
        }

        if (provider == StorageProvider.Postgres && !string.IsNullOrWhiteSpace(options.ConnectionString)
            && PostgresStorage.ConnectionStringProblem(options.ConnectionString) is { } problem)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:ConnectionString: {problem}; with Storage:Provider postgres it looks like Host=db;Database=drills;Username=drills;Password=...");
        }

        return ValidateOptionsResult.Success;
    }
}
