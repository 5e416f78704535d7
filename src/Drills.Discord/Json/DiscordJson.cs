using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>
/// The one set of serializer options for Discord's JSON: snake_case names, snowflakes as strings,
/// nulls omitted (an omitted field means "unchanged" on PATCH), unknown fields ignored on read, components by
/// their <c>type</c> (<see cref="ComponentJsonConverter"/>).
/// </summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            PropertyNameCaseInsensitive = false,
        };
        options.Converters.Add(new SnowflakeConverter());
        options.Converters.Add(new ComponentJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
