using System.Text.Json;

namespace Drills.Discord;

/// <summary>One option of a command invocation. Subcommands and groups carry nested <see cref="Options"/>;
/// leaf options carry <see cref="Value"/> (string, number or boolean, kept as raw JSON).</summary>
public sealed class InteractionDataOption
{
    public string Name { get; set; } = "";
    public ApplicationCommandOptionType Type { get; set; }
    public JsonElement? Value { get; set; }
    public IReadOnlyList<InteractionDataOption>? Options { get; set; }
    public bool? Focused { get; set; }
}
