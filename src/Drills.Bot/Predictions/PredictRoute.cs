using Drills.Bot.Drills;
using Drills.Bot.Interactions;
using Drills.Bot.Redo;
using Drills.Bot.Storage;
using Drills.Discord;
using Microsoft.EntityFrameworkCore;

namespace Drills.Bot.Predictions;

/// <summary>
/// Daily predictions in a guild: <c>/predict answer</c>, <c>/predict</c> alone (modal), the post's Predict button
/// (modal) and its choice buttons. <c>/predict</c> in the bot's DMs answers the member's due redo instead.
/// </summary>
public sealed class PredictRoute(
    PredictionService predictions, RedoRoute redo, IDbContextFactory<DrillsDb> dbs, DrillContent content) : IInteractionRoute
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
        var user = i.Invoker!.Id;
        if (i.GuildId is not { } guildId)
        {
            return await redo.PredictInDmAsync(i, ct);
        }

        CustomIds.TryParse(i.Data?.CustomId, out var kind, out var id, out var letter);
        return (i.Type, kind) switch
        {
            (InteractionType.ApplicationCommand, _) when i.GetString("answer") is { } answer => await SubmitAsync(guildId, user, answer, null, ct),
            (InteractionType.ApplicationCommand, _) => await ModalAsync(guildId, user, null, ct),
            (InteractionType.MessageComponent, CustomIds.PredictPrefix) => await ModalAsync(guildId, user, (int)id, ct),
            (InteractionType.MessageComponent, CustomIds.ChoicePrefix) => await SubmitAsync(guildId, user, letter.ToString(), (int)id, ct),
            _ => await SubmitAsync(guildId, user, i.GetModalValue(CustomIds.AnswerField), (int)id, ct),
        };
    }

    private async Task<HandlerResult> SubmitAsync(ulong guildId, ulong user, string? text, int? postId, CancellationToken ct) =>
        PredictionReplies.For(await predictions.SubmitAsync(guildId, user, text, postId, ct), content.Catalog);

    /// <summary>The modal for the open drill; the refusal instead when the member cannot predict it now.</summary>
    private async Task<HandlerResult> ModalAsync(ulong guildId, ulong user, int? postId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (refusal, post, drill) = await predictions.PrecheckAsync(db, guildId, user, postId, ct);
        return refusal is not null
            ? PredictionReplies.For(refusal, content.Catalog)
            : Replies.PredictionModal(CustomIds.PredictModal(post!.Id), $"Predict: Drill {drill!.Number}, {drill.Title}");
    }
}
