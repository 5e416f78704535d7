namespace Drills.Discord;

/// <summary>Body of <c>POST /users/@me/channels</c>.</summary>
internal sealed class CreateDmRequest
{
    public ulong RecipientId { get; set; }
}
