using Drills.Bot.Interactions;
using Drills.Discord;

namespace Drills.Bot.Members;

/// <summary><c>/reminders state:on|off</c>: redos stay on the list either way.</summary>
public sealed class RemindersRoute(MemberService members) : IInteractionRoute
{
    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        var on = i.GetString("state") != "off";
        await members.SetRemindersAsync(i.Invoker!.Id, on, ct);
        return Replies.Ephemeral(on
            ? "Redo reminders are on: I'll DM you when drills you missed fall due."
            : "Redo reminders are off. Your redos stay on your list: `/redo` serves them whenever you like.");
    }
}
