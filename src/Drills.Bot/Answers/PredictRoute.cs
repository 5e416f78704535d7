using Drills.Bot.Interactions;
using Drills.Discord;

namespace Drills.Bot.Answers;

/// <summary>
/// Daily predictions in a guild: <c>/predict answer</c>, <c>/predict</c> alone (modal), the post's Predict button
/// (modal) and its choice buttons. <c>/predict</c> in the bot's DMs answers the member's due redo instead.
/// </summary>
public sealed class PredictRoute(AnswerFlow flow, RedoRoute redo) : IInteractionRoute
{
    public bool Handles(Interaction i) => i.Type switch
    {
        InteractionType.ApplicationCommand => i.Data?.Name == "predict",
        InteractionType.MessageComponent => CustomIds.KindOf(i.Data?.CustomId) is CustomIds.PredictPrefix or CustomIds.ChoicePrefix,
        InteractionType.ModalSubmit => CustomIds.KindOf(i.Data?.CustomId) == CustomIds.PredictModalPrefix,
        _ => false,
    };

    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        if (i.GuildId is not { } guildId)
        {
            return await redo.PredictInDmAsync(i, ct);
        }

        int? postId = CustomIds.TryParse(i.Data?.CustomId, out _, out var id, out _) ? (int)id : null;
        return await flow.HandleAsync(i, new DailyAnswer(guildId, postId), Form, ct);
    }

    private static HandlerResult Form(AnswerTarget target) =>
        AnswerReplies.Form(CustomIds.PredictModal(target.Post!.Id), $"Predict: Drill {target.Drill.Number}, {target.Drill.Title}");
}
