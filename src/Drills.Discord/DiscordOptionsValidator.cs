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

        if (options.ShardId is not null != options.ShardCount is not null
            || options is { ShardId: { } id, ShardCount: { } count } && (count < 1 || id < 0 || id >= count))
        {
            failures.Add("Discord:ShardId and Discord:ShardCount go together, with 0 <= ShardId < ShardCount.");
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
}
