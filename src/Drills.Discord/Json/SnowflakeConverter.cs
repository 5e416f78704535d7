using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// Discord snowflakes are 64-bit ids sent as JSON strings (docs/discord.md "Gateway"),
/// because JavaScript numbers lose precision above 2^53. Reading also accepts a bare number (liberal in
/// what we accept); writing always produces a string.
/// </summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            if (ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        throw new JsonException("Expected a snowflake (a string or number holding a 64-bit unsigned id).");
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
