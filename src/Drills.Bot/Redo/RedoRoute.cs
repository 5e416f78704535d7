using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Interactions;
using Drills.Bot.Predictions;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Redo;

/// <summary>
/// Answering redos: <c>/redo</c> (anywhere), <c>/predict</c> in the bot's DMs, and the digest's buttons and
/// modals. Replies are ephemeral; in a DM only the member sees them anyway.
/// </summary>
public sealed class RedoRoute(RedoService redo, DrillContent content, TimeProvider time) : IInteractionRoute
{
    public bool Handles(Interaction i) => i.Type switch
    {
        InteractionType.ApplicationCommand => i.Data?.Name == "redo",
        InteractionType.MessageComponent => CustomIds.KindOf(i.Data?.CustomId) is CustomIds.RedoPrefix or CustomIds.RedoChoicePrefix,
        InteractionType.ModalSubmit => CustomIds.KindOf(i.Data?.CustomId) == CustomIds.RedoModalPrefix,
        _ => false,
    };

    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        var user = i.Invoker!.Id;
        if (i.Type == InteractionType.ApplicationCommand)
        {
            return await NextPromptAsync(user, ct);
        }

        CustomIds.TryParse(i.Data?.CustomId, out var kind, out var id, out var letter);
        return kind switch
        {
            CustomIds.RedoPrefix => await OpenAsync(user, id, ct),
            CustomIds.RedoChoicePrefix => Reply(await redo.AnswerAsync(user, id, letter.ToString(), ct)),
            _ => Reply(await redo.AnswerAsync(user, id, i.GetModalValue(CustomIds.AnswerField), ct)),
        };
    }

    /// <summary><c>/predict</c> in a DM: answers the most overdue redo, or shows it when no answer was given.</summary>
    public async Task<HandlerResult> PredictInDmAsync(Interaction i, CancellationToken ct)
    {
        var user = i.Invoker!.Id;
        var item = await redo.NextDueAsync(user, ct);
        if (item is null)
        {
            return await NothingDueAsync(user, ct);
        }

        return i.GetString("answer") is { } answer
            ? Reply(await redo.AnswerAsync(user, item.Id, answer, ct))
            : Replies.Ephemeral(RedoMessages.Prompt(item, content.Catalog.Find(item.DrillId)!, content.Catalog, ephemeral: true));
    }

    private async Task<HandlerResult> NextPromptAsync(ulong user, CancellationToken ct)
    {
        var item = await redo.NextDueAsync(user, ct);
        return item is null
            ? await NothingDueAsync(user, ct)
            : Replies.Ephemeral(RedoMessages.Prompt(item, content.Catalog.Find(item.DrillId)!, content.Catalog, ephemeral: true));
    }

    /// <summary>A digest's Answer button: the modal for typed answers, the option buttons for choice drills.</summary>
    private async Task<HandlerResult> OpenAsync(ulong user, long itemId, CancellationToken ct)
    {
        var item = await redo.FindAsync(user, itemId, ct);
        var drill = item is null ? null : content.Catalog.Find(item.DrillId);
        if (item is null || item.Mastered || drill is null)
        {
            return Replies.Ephemeral("That redo is no longer on your list.");
        }

        if (item.DueAt > time.GetUtcNow())
        {
            return Replies.Ephemeral($"Already answered: this one is next due {SafeText.Relative(item.DueAt)}.");
        }

        return drill.Answer is ChoiceAnswer
            ? Replies.Ephemeral(RedoMessages.Prompt(item, drill, content.Catalog, ephemeral: true))
            : Replies.PredictionModal(CustomIds.RedoModal(item.Id), $"Redo: Drill {drill.Number}, {drill.Title}");
    }

    private async Task<HandlerResult> NothingDueAsync(ulong user, CancellationToken ct)
    {
        var next = await redo.NextUpcomingAsync(user, ct);
        return Replies.Ephemeral(next is { } at
            ? $"Nothing due right now. Your next redo is due {SafeText.Relative(at)}."
            : "Your redo list is empty. Drills you get wrong come back here three days later.");
    }

    private HandlerResult Reply(RedoOutcome outcome) => outcome.Status switch
    {
        RedoStatus.Recorded => Replies.Ephemeral(PredictionReplies.Result(outcome.Drill!, content.Catalog,
            outcome.Text ?? "", outcome.Result!, outcome.NextDue, outcome.Mastered)),
        RedoStatus.NotDue => Replies.Ephemeral(outcome.NextDue is { } at
            ? $"Already answered: this one is next due {SafeText.Relative(at)}."
            : "Already answered."),
        RedoStatus.NotFound => Replies.Ephemeral("That redo is no longer on your list."),
        RedoStatus.DrillRemoved => Replies.Ephemeral("That drill has been removed from the packs, so it is off your list."),
        _ => Replies.Ephemeral(outcome.Problem ?? "That answer could not be recorded."),
    };
}
