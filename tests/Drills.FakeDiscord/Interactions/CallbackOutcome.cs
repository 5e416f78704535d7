using System.Text.Json;

namespace Drills.FakeDiscord.Interactions;

/// <summary>What happened to the bot's first callback attempt.</summary>
internal sealed record CallbackOutcome(int Status, int? ErrorCode, int? CallbackType, JsonElement? Data, TimeSpan Latency);
