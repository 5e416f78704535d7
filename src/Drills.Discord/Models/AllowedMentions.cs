namespace Drills.Discord;

/// <summary>
/// <c>allowed_mentions</c>. PROTOCOL.md "Always send allowed_mentions: {"parse": []} unless a mention is
/// meant": user text must never ping @everyone or roles, so <see cref="None"/> is every message's default.
/// </summary>
public sealed class AllowedMentions
{
    /// <summary>Mention types parsed from content: "roles", "users", "everyone".</summary>
    public IReadOnlyList<string>? Parse { get; set; }
    public IReadOnlyList<ulong>? Users { get; set; }
    public IReadOnlyList<ulong>? Roles { get; set; }
    public bool? RepliedUser { get; set; }

    /// <summary><c>{"parse": []}</c>: nothing pings.</summary>
    public static AllowedMentions None => new() { Parse = [] };

    /// <summary>Only these users may be pinged.</summary>
    public static AllowedMentions OnlyUsers(params ulong[] users) => new() { Parse = [], Users = users };
}
