using System.Text.Json;

namespace Drills.Discord;

/// <summary>A gateway dispatch (op 0): event name <c>t</c>, payload <c>d</c> and sequence <c>s</c>.</summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, long? Sequence);
