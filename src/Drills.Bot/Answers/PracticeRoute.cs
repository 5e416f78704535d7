using Drills.Bot.Drills;
using Drills.Bot.Drills.Content;
using Drills.Bot.Groups;
using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Discord;
using Microsoft.Extensions.Options;

namespace Drills.Bot.Answers;

/// <summary>
/// <c>/practice [pack] [concept]</c>: an unscored drill shown only to the member, predict first (its buttons and
/// modal go through the one answer path as a <see cref="PracticeAnswer"/>), then the answer. Both options suggest
/// packs and concepts as the member types (<see cref="PracticeSuggestions"/>).
/// </summary>
public sealed class PracticeRoute(AnswerFlow flow, PracticePicker picker, GroupService groups, DrillContent content, IOptions<PracticeOptions> options)
    : IInteractionRoute
{
    public async Task<HandlerResult> HandleAsync(Interaction i, CancellationToken ct)
    {
        if (i.Type == InteractionType.Autocomplete)
        {
            var focused = i.GetFocusedOption();
            return InteractionResponse.Autocomplete(focused is null ? [] : PracticeSuggestions.For(
                content.Catalog, focused.Name, focused.Value?.ToString() ?? "", focused.Name == "concept" ? i.GetString("pack") : null));
        }

        if (i.GuildId is not { } guildId)
        {
            return Replies.Ephemeral("Practice in a server where Drills is set up, so no drill still to come there is spoiled.");
        }

        if (i.Type != InteractionType.ApplicationCommand)
        {
            CustomId.TryParse(i.Data?.CustomId, out var id);
            return await flow.HandleAsync(i, new PracticeAnswer(guildId, id.Id, options.Value.AddsRedo), Form, ct);
        }

        if (await groups.FindAsync(guildId, ct) is not { } group)
        {
            return Replies.Ephemeral("Drills isn't set up in this server yet: an organiser can run `/drills setup`.");
        }

        var pick = await picker.PickAsync(group.Id, i.Invoker!.Id, Blank(i.GetString("pack")), Blank(i.GetString("concept")), ct);
        return pick.Drill is { } drill ? Replies.Ephemeral(Prompt(drill)) : Replies.Ephemeral(pick.Refusal!);
    }

    private MessageCreate Prompt(Drill drill) => new()
    {
        Embeds = [DrillMessages.PostEmbed(drill, content.Catalog, "Practice · not scored. Predict first: the answer comes after you commit.")],
        Components = drill.Answer is ChoiceAnswer choice
            ? DrillMessages.WithConfidenceButton(
                choice.Options.Select(o => Component.Button(ButtonStyle.Secondary, o.Letter.ToString(), PracticeIds.ChoiceButton(drill, o.Letter))).ToArray(),
                PracticeIds.AnswerButton(drill))
            : [Component.ActionRow(Component.Button(ButtonStyle.Primary, "Answer", PracticeIds.AnswerButton(drill)))],
    };

    private static HandlerResult Form(AnswerTarget target) =>
        AnswerReplies.Form(PracticeIds.ModalFor(target.Drill), $"Practice: Drill {target.Drill.Number}, {target.Drill.Title}", target.Drill);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
