namespace Drills.Discord;

/// <summary><c>application</c> of READY (partial: id and flags).</summary>
internal sealed class ReadyApplication
{
    public ulong Id { get; init; }
}
