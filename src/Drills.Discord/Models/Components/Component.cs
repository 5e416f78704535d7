using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// A message or modal component: one sealed type per kind (Discord's "Component Types"), polymorphic on
/// <c>type</c> (<see cref="ComponentJsonConverter"/>; a kind this client does not model reads as
/// <see cref="UnknownComponent"/> and is written back as it came). <c>type</c> and <c>id</c> come first on the
/// wire, then the kind's fields; nulls are omitted. Build with the factory methods below.
/// Rules (docs/discord.md "Components"): an action row holds up to 5 buttons or one select, up to 5 rows per
/// message; <c>custom_id</c> 1-100 chars; button label &lt;= 80; a modal wraps text inputs in Labels (18).
/// </summary>
public abstract class Component
{
    private protected Component(ComponentType type) => Type = type;

    [JsonPropertyOrder(-2)]
    public ComponentType Type { get; }

    /// <summary>Optional identifier within the message (Discord fills it in when left out).</summary>
    [JsonPropertyOrder(-1)]
    public int? Id { get; set; }

    public static ActionRowComponent ActionRow(params Component[] components) => new() { Components = components };

    public static ButtonComponent Button(ButtonStyle style, string label, string customId, bool disabled = false) =>
        new() { Style = style, Label = label, CustomId = customId, Disabled = disabled ? true : null };

    public static ButtonComponent LinkButton(string label, string url) => new() { Style = ButtonStyle.Link, Label = label, Url = url };

    public static StringSelectComponent StringSelect(string customId, IReadOnlyList<SelectOption> options, string? placeholder = null, int? minValues = null, int? maxValues = null) =>
        new() { CustomId = customId, Options = options, Placeholder = placeholder, MinValues = minValues, MaxValues = maxValues };

    /// <summary>A text input for a modal. Put it inside <see cref="LabelFor"/> (the current shape, which
    /// carries the label) or inside an action row with <paramref name="label"/> set (the legacy shape).</summary>
    public static TextInputComponent TextInput(string customId, TextInputStyle style, string? label = null, int? minLength = null, int? maxLength = null, bool? required = null, string? placeholder = null, string? value = null) =>
        new() { CustomId = customId, Style = style, Label = label, MinLength = minLength, MaxLength = maxLength, Required = required, Placeholder = placeholder, Value = value };

    /// <summary>A Label (type 18): the modal wrapper holding one input, with its label (&lt;= 45 chars).</summary>
    public static LabelComponent LabelFor(string label, Component component, string? description = null) =>
        new() { Label = label, Component = component, Description = description };
}
