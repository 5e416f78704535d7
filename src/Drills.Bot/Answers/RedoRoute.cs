using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Interactions;
using Drills.Bot.Redo;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Answers;

/// <summary>
/// Answering redos: <c>/redo</c> (anywhere), <c>/predict</c> in the bot's DMs, and the digest's buttons and
/// modals. Replies are ephemeral; in a DM only the member sees them anyway.
/// </summary>
public sealed class RedoRoute(AnswerFlow flow, RedoService redo, VariantPicker variants, DrillContent content) : IInteractionRoute
{
    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        if (i.Type == InteractionType.ApplicationCommand)
        {
            var due = await redo.NextDueAsync(i.Invoker!.Id, ct);
            return due is null ? await NothingDueAsync(i.Invoker!.Id, ct) : Prompt(due, (await redo.ServedAsync(due, ct))!);
        }

        CustomId.TryParse(i.Data?.CustomId, out var id);

        // A prompt's "Predict with confidence" button carries the form's own id: it always opens the form.
        return await flow.HandleAsync(i, new RedoAnswer(id.Id, variants), id.Kind == RedoIds.Modal ? ModalForm : Form, ct);
    }

    /// <summary><c>/predict</c> in a DM: answers the most overdue redo, or shows it when no answer was given.</summary>
    public async Task<HandlerResult> PredictInDmAsync(Interaction i, CancellationToken ct)
    {
        var item = await redo.NextDueAsync(i.Invoker!.Id, ct);
        return item is null
            ? await NothingDueAsync(i.Invoker!.Id, ct)
            : await flow.HandleAsync(i, new RedoAnswer(item.Id, variants), target => Prompt(item, target.Drill), ct);
    }

    /// <summary>A digest's Answer button: the modal for typed answers, the option buttons for choice drills.</summary>
    private HandlerResult Form(AnswerTarget target) => target.Drill.Answer is ChoiceAnswer
        ? Prompt(target.Reviewed!, target.Drill)
        : ModalForm(target);

    private static HandlerResult ModalForm(AnswerTarget target) =>
        AnswerReplies.Form(RedoIds.ModalFor(target.Reviewed!.Id), $"Redo: Drill {target.Drill.Number}, {target.Drill.Title}", target.Drill);

    private HandlerResult Prompt(RedoItem item, Drill drill) => Replies.Ephemeral(RedoMessages.Prompt(item, drill, content.Catalog, ephemeral: true));

    private async Task<HandlerResult> NothingDueAsync(ulong user, CancellationToken ct)
    {
        var next = await redo.NextUpcomingAsync(user, ct);
        return Replies.Ephemeral(next is { } at
            ? $"Nothing due right now. Your next redo is due {SafeText.Relative(at)}."
            : "Your redo list is empty. Drills you get wrong come back here three days later.");
    }
}
