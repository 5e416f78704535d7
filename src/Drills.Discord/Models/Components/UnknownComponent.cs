using System.Text.Json;

namespace Drills.Discord;

/// <summary>A kind this client does not model (a section, container, file upload...): read so that the rest of
/// the interaction or message still reads, kept as its JSON and written back unchanged.</summary>
public sealed class UnknownComponent : Component
{
    public UnknownComponent(ComponentType type, JsonElement json)
        : base(type) => Json = json;

    public JsonElement Json { get; }
}
