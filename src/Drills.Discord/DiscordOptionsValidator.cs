using Microsoft.Extensions.Options;

namespace Drills.Discord;

/// <summary>Checks <see cref="DiscordOptions"/> at start. The token must be non-empty, nothing more: its
/// shape is the server's business (it answers 401/4004). Messages never include the token.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord:Token is required (the bot token from the Discord developer portal).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) url, e.g. https://discord.com/api/v10.");
        }

        if (ShardProblem(options) is { } shards)
        {
            failures.Add(shards);
        }

        if (options.GlobalRateShare is < 1)
        {
            failures.Add("Discord:GlobalRateShare must be positive (each of N processes takes about 50/N requests per second).");
        }

        if (options.GlobalRequestsPerSecond < 1 || options.GatewaySendLimit < 1)
        {
            failures.Add("Discord:GlobalRequestsPerSecond and Discord:GatewaySendLimit must be positive.");
        }

        if (options.RateLimitBucketIdleTime <= TimeSpan.Zero)
        {
            failures.Add("Discord:RateLimitBucketIdleTime must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>One line saying what is wrong with the shard settings, or null.</summary>
    private static string? ShardProblem(DiscordOptions options)
    {
        if (options.ShardId is not null && !string.IsNullOrWhiteSpace(options.ShardIds))
        {
            return "Discord:ShardId and Discord:ShardIds are two forms of one setting: give only Discord:ShardIds.";
        }

        var hasIds = options.ShardId is not null || !string.IsNullOrWhiteSpace(options.ShardIds);
        if (hasIds != options.ShardCount is not null)
        {
            return "Discord:ShardIds (e.g. 0-2 or 0,2) and Discord:ShardCount go together.";
        }

        if (options.ShardCount is not { } count)
        {
            return null;
        }

        if (count < 1)
        {
            return $"Discord:ShardCount must be at least 1 (got {count}).";
        }

        string? error = null;
        var ids = options.ShardId is { } one ? [one] : ShardSet.ParseIds(options.ShardIds!, out error);
        if (ids is null)
        {
            return $"Discord:ShardIds '{options.ShardIds}': {error}.";
        }

        return ids.Any(id => id < 0 || id >= count)
            ? $"Discord:ShardIds must lie in 0..{count - 1} for Discord:ShardCount {count} (got {options.ShardIds ?? options.ShardId?.ToString(System.Globalization.CultureInfo.InvariantCulture)})."
            : null;
    }
}
