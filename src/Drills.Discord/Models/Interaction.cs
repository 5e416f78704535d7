using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// An interaction (<c>INTERACTION_CREATE</c> dispatch <c>d</c>). In guilds Discord sends <c>member{user,
/// permissions}</c>, in DMs <c>user</c> (docs/discord.md "Interactions"): use <see cref="Invoker"/>.
/// Answer within 3 s (else 10062) and only once (else 40060).
/// </summary>
public sealed class Interaction
{
    public ulong Id { get; set; }
    public ulong ApplicationId { get; set; }
    public InteractionType Type { get; set; }
    public string Token { get; set; } = "";
    public ulong? GuildId { get; set; }
    public ulong? ChannelId { get; set; }
    public GuildMember? Member { get; set; }
    public User? User { get; set; }
    public InteractionData? Data { get; set; }
    public Message? Message { get; set; }
    public InteractionContextType? Context { get; set; }
    public string? Locale { get; set; }
    public string? GuildLocale { get; set; }

    /// <summary>When the gateway handed it over, on the client's clock (null for one built by hand). With the
    /// id's timestamp it tells how long is left to answer.</summary>
    [JsonIgnore]
    public DateTimeOffset? ReceivedAt { get; internal set; }

    /// <summary>
    /// How old it already was on arrival, measured against the fastest arrivals seen lately (so a host clock off
    /// Discord's does not count); null when not received through the gateway (then the id's raw age is used).
    /// </summary>
    [JsonIgnore]
    internal TimeSpan? ArrivalAge { get; set; }

    /// <summary>When Discord created it, on Discord's clock (from its id, a snowflake).</summary>
    [JsonIgnore]
    internal DateTimeOffset CreatedAt => CallbackDeadline.DiscordEpoch.AddMilliseconds(Id >> 22);

    /// <summary>The clock <see cref="ReceivedAt"/> is on (the client's).</summary>
    [JsonIgnore]
    internal TimeProvider? ReceivedOn { get; set; }

    /// <summary>
    /// How old it is, on the client's clock: since the gateway handed it over, plus the age its id (a snowflake)
    /// gave it on arrival when that is believable (see <see cref="CallbackDeadline"/>), so that time spent before
    /// the bot read it (a backlog on the socket) counts too. Zero for one built by hand. Handlers compare it with
    /// Discord's 3 s whatever clock their own timings use.
    /// </summary>
    public TimeSpan GetAge() =>
        ReceivedOn is { } clock && CallbackDeadline.For(this, clock) is { } deadline && CallbackDeadline.Window - (deadline - clock.GetUtcNow()) is var age
        && age > TimeSpan.Zero
            ? age
            : TimeSpan.Zero;

    /// <summary>Who invoked it: <c>member.user</c> in guilds, <c>user</c> in DMs.</summary>
    [JsonIgnore]
    public User? Invoker => Member?.User ?? User;

    /// <summary>True outside a guild (the bot's DM or a private channel).</summary>
    [JsonIgnore]
    public bool IsDm => GuildId is null;

    /// <summary>The invoked subcommand's name (inside a group when there is one), or null.</summary>
    public string? GetSubcommand()
    {
        var top = Data?.Options?.FirstOrDefault(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        if (top?.Type == ApplicationCommandOptionType.SubCommandGroup)
        {
            top = top.Options?.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        }

        return top?.Name;
    }

    /// <summary>The invoked subcommand group's name, or null.</summary>
    public string? GetSubcommandGroup() =>
        Data?.Options?.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommandGroup)?.Name;

    /// <summary>A leaf option by name, looking inside the invoked subcommand (group) when there is one.</summary>
    public InteractionDataOption? GetOption(string name) => LeafOptions().FirstOrDefault(o => o.Name == name);

    /// <summary>The option being typed in an autocomplete interaction.</summary>
    public InteractionDataOption? GetFocusedOption() => LeafOptions().FirstOrDefault(o => o.Focused == true);

    /// <summary>A string option's value (also the raw text of a focused autocomplete option).</summary>
    public string? GetString(string name) => GetOption(name)?.Value is { } v
        ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
        : null;

    /// <summary>An integer option's value; null when absent or not an integer.</summary>
    public long? GetInteger(string name) => GetOption(name)?.Value is { } v
        ? v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n
        : v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null
        : null;

    /// <summary>An integer option's value as int; null when absent or out of range.</summary>
    public int? GetInt(string name) => GetInteger(name) is { } n && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;

    /// <summary>A boolean option's value.</summary>
    public bool? GetBoolean(string name) => GetOption(name)?.Value is { } v && v.ValueKind is JsonValueKind.True or JsonValueKind.False
        ? v.GetBoolean()
        : null;

    /// <summary>A snowflake option's value (USER, CHANNEL, ROLE options carry the id as a string).</summary>
    public ulong? GetSnowflake(string name) => GetOption(name)?.Value is { } v
        ? v.ValueKind == JsonValueKind.String && ulong.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
        : v.ValueKind == JsonValueKind.Number && v.TryGetUInt64(out var n) ? n : null
        : null;

    /// <summary>
    /// A submitted modal value by the input's custom_id. Accepts both shapes (docs/discord.md "Interactions"):
    /// Label <c>{type:18, component:{type:4, custom_id, value}}</c> and legacy action rows
    /// <c>{type:1, components:[{type:4, custom_id, value}]}</c>. A select inside a Label yields its first value.
    /// </summary>
    public string? GetModalValue(string customId) => FindInput(Data?.Components, customId) switch
    {
        TextInputComponent input => input.Value,
        SelectMenuComponent select => select.Values?.FirstOrDefault(),
        _ => null,
    };

    private static Component? FindInput(IReadOnlyList<Component>? components, string customId)
    {
        foreach (var c in components ?? [])
        {
            var found = c switch
            {
                TextInputComponent input when input.CustomId == customId => input,
                SelectMenuComponent select when select.CustomId == customId => select,
                LabelComponent { Component: { } child } => FindInput([child], customId),
                ActionRowComponent row => FindInput(row.Components, customId),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private IEnumerable<InteractionDataOption> LeafOptions()
    {
        var options = Data?.Options ?? [];
        while (options.Count > 0 && options[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
        {
            options = options[0].Options ?? [];
        }

        return options;
    }
}
