namespace Drills.FakeDiscord.Rest;

/// <summary>
/// A route the fake serves. <paramref name="Exempt"/>: interaction callbacks and webhooks need no
/// Authorization and are not under the global 50/s limit (docs/discord.md "Interactions").
/// </summary>
internal sealed record RouteEntry(string Method, RouteTemplate Template, Func<RestContext, RestResult> Handler, bool Exempt = false)
{
    /// <summary>Discord's major parameter of the route (bucket key part), e.g. <c>channel_id</c>.</summary>
    public string MajorKey(RestContext context)
    {
        foreach (var name in new[] { "channel_id", "guild_id" })
        {
            if (Template.Template.Contains("{" + name + "}", StringComparison.Ordinal))
            {
                return context.Param(name);
            }
        }

        if (Template.Template.StartsWith("/webhooks/", StringComparison.Ordinal))
        {
            return context.Param("webhook_id") + "/" + context.Param("webhook_token");
        }

        return Template.Template.StartsWith("/interactions/", StringComparison.Ordinal)
            ? context.Param("interaction_id") + "/" + context.Param("interaction_token")
            : string.Empty;
    }
}
