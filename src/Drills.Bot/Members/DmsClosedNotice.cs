using Drills.Bot.Interactions;

namespace Drills.Bot.Members;

/// <summary>Tells a member once, above a reply only they see, that their DMs are closed to the bot and <c>/redo</c> still works.</summary>
public sealed class DmsClosedNotice(MemberService members) : IPrivateNotice
{
    private const string Notice = "-# I couldn't DM you your redo reminders (your DMs are closed to me), so I've stopped trying. "
        + "`/redo` still serves them here, and `/reminders state:on` turns DMs back on once you open them.";

    public async Task<string?> TakeAsync(ulong userId, CancellationToken ct) => await members.TakeDmsClosedNoticeAsync(userId, ct) ? Notice : null;
}
