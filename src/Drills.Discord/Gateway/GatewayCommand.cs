using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>A frame the client sends: <c>{"op", "d"}</c>. <c>d</c> is always written, even when null:
/// the first heartbeat is <c>{"op":1,"d":null}</c>.</summary>
internal sealed record GatewayCommand(
    [property: JsonPropertyName("op")] GatewayOpCode Op,
    [property: JsonPropertyName("d"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] object? D);
