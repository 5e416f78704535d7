namespace Drills.Discord;

/// <summary>
/// One request's route. <see cref="Template"/> (e.g. <c>/channels/{channel_id}/messages</c>) names the route in
/// logs and errors; <see cref="Path"/> is the concrete path and is never logged (it can hold an interaction
/// token). <see cref="MajorParameter"/> splits rate-limit buckets: channel id, guild id, or webhook id and
/// token (docs/discord.md "Rate limits"). <see cref="IsInteractionWebhook"/>:
/// callbacks and interaction webhooks take no Authorization header and bypass the global limit.
/// <see cref="Deadline"/>: no retry that could not reach Discord by then (an interaction's initial response).
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string? MajorParameter, bool IsInteractionWebhook = false, DateTimeOffset? Deadline = null)
{
    /// <summary>The bucket key used until Discord tells us the route's bucket hash.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    /// <summary>For logs and exceptions: method and template, no ids or tokens.</summary>
    public string Name => RouteKey;
}
