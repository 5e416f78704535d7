namespace Drills.Benchmarks.Driver;

/// <summary>How the bot under test is configured: the operator's settings, pointed at the fake Discord.</summary>
internal sealed record BotConfig(string Token, Uri ApiBaseUrl, string DrillsPath, string DatabasePath, DateTimeOffset Clock, int GlobalRequestsPerSecond = 50)
{
    /// <summary>More settings for this run (<c>Section__Key</c>, value), e.g. <c>Scores__Chart=false</c>.</summary>
    public IReadOnlyList<(string Key, string Value)> Extra { get; init; } = [];

    public IEnumerable<(string Key, string Value)> Environment()
    {
        yield return ("Discord__Token", Token);
        yield return ("Discord__ApiBaseUrl", ApiBaseUrl.ToString());
        yield return ("Discord__GlobalRequestsPerSecond", GlobalRequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("Drills__Path", DrillsPath);
        yield return ("Storage__ConnectionString", $"Data Source={DatabasePath}");
        yield return ("DOTNET_ENVIRONMENT", "Production");
        foreach (var setting in Extra)
        {
            yield return setting;
        }
    }
}
