using System.Text.Json;

namespace Drills.FakeDiscord;

/// <summary>A gateway message received from the client (all frames of one message joined).</summary>
/// <param name="ConnectionIndex">0-based index of the WebSocket connection (see <see cref="FakeDiscordServer.Connections"/>).</param>
/// <param name="Op">The opcode, or -1 when the message was not valid JSON.</param>
/// <param name="D">The <c>d</c> field (Undefined when absent).</param>
/// <param name="Raw">The message text.</param>
/// <param name="Timestamp">When the server received it.</param>
public sealed record GatewayFrame(int ConnectionIndex, int Op, JsonElement D, string Raw, DateTimeOffset Timestamp);
