using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// Text input (4), in a modal: style 1 short or 2 paragraph, <c>min_length</c> 0-4000, <c>max_length</c> 1-4000,
/// placeholder &lt;= 100, a prefilled <see cref="Value"/> &lt;= 4000. In a received modal submit it carries only
/// its <c>custom_id</c> and what the member typed in <see cref="Value"/> (no style: none is written back).
/// </summary>
public sealed class TextInputComponent() : Component(ComponentType.TextInput)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TextInputStyle Style { get; set; }

    /// <summary>Only in the legacy action-row shape; inside a <see cref="LabelComponent"/> the label carries it.</summary>
    public string? Label { get; set; }

    public string CustomId { get; set; } = "";
    public string? Placeholder { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public bool? Required { get; set; }
    public string? Value { get; set; }
}
