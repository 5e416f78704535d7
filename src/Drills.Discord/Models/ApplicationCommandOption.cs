namespace Drills.Discord;

/// <summary>An option of a command: names 1-32 lowercase, descriptions 1-100, required options first,
/// &lt;= 25 choices, <c>autocomplete</c> excludes <c>choices</c>, string lengths &lt;= 6000.</summary>
public sealed class ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool? Required { get; set; }
    public IReadOnlyList<CommandChoice>? Choices { get; set; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
    public bool? Autocomplete { get; set; }
    public IReadOnlyList<int>? ChannelTypes { get; set; }
}
