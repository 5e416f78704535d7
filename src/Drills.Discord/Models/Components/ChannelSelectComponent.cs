using System.Text.Json.Serialization;

namespace Drills.Discord;

/// <summary>Channel select (8), optionally limited to <see cref="ChannelTypes"/>.</summary>
public sealed class ChannelSelectComponent() : EntitySelectComponent(ComponentType.ChannelSelect)
{
    [JsonPropertyOrder(1)]
    public IReadOnlyList<int>? ChannelTypes { get; set; }
}
