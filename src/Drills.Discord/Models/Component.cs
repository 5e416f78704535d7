using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// A message or modal component, as one class with nullable fields (only the fields of its
/// <see cref="Type"/> are set; nulls are omitted on the wire). Build with the factory methods.
/// Rules (docs/discord.md "Components"): an action row holds up to 5 buttons or one select, up to 5 rows
/// per message; <c>custom_id</c> 1-100 chars; button label &lt;= 80; a modal wraps text inputs in
/// Label (18) components. Incoming modal submits also fill <see cref="Value"/> / <see cref="Values"/>.
/// </summary>
public sealed class Component
{
    public ComponentType Type { get; set; }
    public int? Id { get; set; }
    public int? Style { get; set; }
    public string? Label { get; set; }
    public string? Description { get; set; }
    public string? CustomId { get; set; }
    public string? Url { get; set; }
    public bool? Disabled { get; set; }
    public string? Placeholder { get; set; }
    public int? MinValues { get; set; }
    public int? MaxValues { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public bool? Required { get; set; }
    public string? Value { get; set; }
    public IReadOnlyList<string>? Values { get; set; }
    public IReadOnlyList<SelectOption>? Options { get; set; }

    /// <summary>Children of an action row.</summary>
    public IReadOnlyList<Component>? Components { get; set; }

    /// <summary>The single child of a Label (type 18), <c>component</c> on the wire.</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; set; }

    public static Component ActionRow(params Component[] components) =>
        new() { Type = ComponentType.ActionRow, Components = components };

    public static Component Button(ButtonStyle style, string label, string customId, bool disabled = false) =>
        new() { Type = ComponentType.Button, Style = (int)style, Label = label, CustomId = customId, Disabled = disabled ? true : null };

    public static Component LinkButton(string label, string url) =>
        new() { Type = ComponentType.Button, Style = (int)ButtonStyle.Link, Label = label, Url = url };

    public static Component StringSelect(string customId, IReadOnlyList<SelectOption> options, string? placeholder = null, int? minValues = null, int? maxValues = null) =>
        new() { Type = ComponentType.StringSelect, CustomId = customId, Options = options, Placeholder = placeholder, MinValues = minValues, MaxValues = maxValues };

    /// <summary>A text input for a modal. Put it inside <see cref="LabelFor"/> (the current shape, which
    /// carries the label) or inside an action row with <paramref name="label"/> set (the legacy shape).</summary>
    public static Component TextInput(string customId, TextInputStyle style, string? label = null, int? minLength = null, int? maxLength = null, bool? required = null, string? placeholder = null, string? value = null) =>
        new()
        {
            Type = ComponentType.TextInput, CustomId = customId, Style = (int)style, Label = label,
            MinLength = minLength, MaxLength = maxLength, Required = required, Placeholder = placeholder, Value = value,
        };

    /// <summary>A Label (type 18): the modal wrapper holding one input, with its label (&lt;= 45 chars).</summary>
    public static Component LabelFor(string label, Component component, string? description = null) =>
        new() { Type = ComponentType.Label, Label = label, Child = component, Description = description };
}
