using Drills.Bot.Drills;
using Drills.Bot.Interactions;
using Drills.Bot.Redo;
using Drills.Discord;

namespace Drills.Bot.Answers;

/// <summary>
/// How every answer interaction goes, whatever its source: with an answer (the slash option, a choice button's
/// letter, the modal's field) it is recorded and the result shown; without one, the form to answer in, or why not.
/// </summary>
public sealed class AnswerFlow(AnswerService answers, DrillContent content)
{
    public async Task<HandlerResult> HandleAsync(Interaction i, IAnswerSource source, Func<AnswerTarget, HandlerResult> form, CancellationToken ct)
    {
        var user = i.Invoker!.Id;
        if (TextOf(i) is { } text)
        {
            return AnswerReplies.For(await answers.SubmitAsync(source, user, text, ConfidenceOf(i), ct), content.Catalog);
        }

        var (target, refusal) = await answers.ResolveAsync(source, user, ct);
        return target is null ? AnswerReplies.For(refusal!, content.Catalog) : form(target);
    }

    /// <summary>How sure the member said they were: the slash option or the modal's select; buttons carry none.</summary>
    private static Confidence? ConfidenceOf(Interaction i) => i.Type switch
    {
        InteractionType.ModalSubmit => ConfidenceText.Parse(i.GetModalValue(AnswerReplies.ConfidenceField)),
        InteractionType.ApplicationCommand => ConfidenceText.Parse(i.GetString("confidence")),
        _ => null,
    };

    /// <summary>The answer an interaction carries, or null when it asks for the form.</summary>
    private static string? TextOf(Interaction i) => i.Type switch
    {
        InteractionType.ModalSubmit => i.GetModalValue(AnswerReplies.AnswerField) ?? "",
        InteractionType.MessageComponent => CustomId.TryParse(i.Data?.CustomId, out var id) ? id.Letter?.ToString() : null,
        _ => i.GetString("answer"),
    };
}
