using Microsoft.Extensions.Logging;

namespace Drills.Discord;

/// <summary>Log messages of the REST sender: route templates only, never a path (tokens) nor a header.</summary>
internal sealed partial class RestRequestSender
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route} (global: {Global}, scope: {Scope}); retrying after {Seconds:0.###} s")]
    private partial void LogRateLimited(string route, bool global, double seconds, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} failed ({Reason}); retry {Attempt}/{Max} in {Seconds:0.###} s")]
    private partial void LogRetrying(string route, string reason, int attempt, int max, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord {Route} failed ({Reason}) after {Retries} retries; giving up")]
    private partial void LogGaveUp(string route, string reason, int retries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord {Route} failed ({Reason}); a retry could not land within the interaction's 3 s, giving up")]
    private partial void LogPastDeadline(string route, string reason);
}
