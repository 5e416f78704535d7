namespace Drills.Discord;

/// <summary>Identify (op 2) <c>d</c>: token, intents, properties and the optional <c>shard:[id, count]</c>.
/// Holds the token: never logged.</summary>
internal sealed class IdentifyPayload
{
    public string Token { get; init; } = "";
    public int Intents { get; init; }
    public IdentifyProperties Properties { get; init; } = new();
    public IReadOnlyList<int>? Shard { get; init; }
}
