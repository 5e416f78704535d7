namespace Drills.Discord;

/// <summary>
/// <c>allowed_mentions</c> (docs/discord.md "allowed_mentions"): members' text ends up in bot messages and must
/// never ping anyone, so <see cref="None"/> (<c>{"parse": []}</c>) is every message's default.
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
