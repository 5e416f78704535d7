using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// Reads a <see cref="Component"/> as the type its <c>type</c> names (wherever <c>type</c> stands in the object),
/// an unmodelled kind as <see cref="UnknownComponent"/>; writes each by its own type (an unknown one as it came).
/// Registered in <see cref="DiscordJson.Options"/>; it converts only the declared type <see cref="Component"/>,
/// so the concrete types serialize by their properties.
/// </summary>
internal sealed class ComponentJsonConverter : JsonConverter<Component>
{
    public override Component? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A component is a JSON object.");
        }

        var type = PeekType(reader);
        if (type is { } known && TypeOf(known) is { } target)
        {
            return (Component?)JsonSerializer.Deserialize(ref reader, target, options);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return new UnknownComponent(type ?? 0, document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, Component value, JsonSerializerOptions options)
    {
        if (value is UnknownComponent unknown)
        {
            unknown.Json.WriteTo(writer);
            return;
        }

        JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }

    private static Type? TypeOf(ComponentType type) => type switch
    {
        ComponentType.ActionRow => typeof(ActionRowComponent),
        ComponentType.Button => typeof(ButtonComponent),
        ComponentType.StringSelect => typeof(StringSelectComponent),
        ComponentType.TextInput => typeof(TextInputComponent),
        ComponentType.UserSelect => typeof(UserSelectComponent),
        ComponentType.RoleSelect => typeof(RoleSelectComponent),
        ComponentType.MentionableSelect => typeof(MentionableSelectComponent),
        ComponentType.ChannelSelect => typeof(ChannelSelectComponent),
        ComponentType.TextDisplay => typeof(TextDisplayComponent),
        ComponentType.Label => typeof(LabelComponent),
        _ => null,
    };

    /// <summary>The object's top-level <c>type</c>, read from a copy of the reader (the converter gets the whole
    /// object buffered, so skipping the other values cannot run out of data).</summary>
    private static ComponentType? PeekType(Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n) ? (ComponentType)n : null;
            }

            reader.Skip();
        }

        return null;
    }
}
