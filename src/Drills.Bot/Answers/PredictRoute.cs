using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Discord;

namespace Drills.Bot.Answers;

/// <summary>
/// Daily predictions in a guild: <c>/predict answer</c>, <c>/predict</c> alone (modal), the post's Predict button
/// (modal) and its choice buttons. <c>/predict</c> in the bot's DMs answers the member's due redo instead.
/// </summary>
public sealed class PredictRoute(AnswerFlow flow, RedoRoute redo) : IInteractionRoute
{
    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        if (i.GuildId is not { } guildId)
        {
            return await redo.PredictInDmAsync(i, ct);
        }

        int? postId = CustomId.TryParse(i.Data?.CustomId, out var id) ? (int)id.Id : null;
        return await flow.HandleAsync(i, new DailyAnswer(guildId, postId), Form, ct);
    }

    private static HandlerResult Form(AnswerTarget target) =>
        AnswerReplies.Form(PostIds.ModalFor(target.Post!.Id), $"Predict: Drill {target.Drill.Number}, {target.Drill.Title}", target.Drill);
}
