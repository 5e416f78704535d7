using Drills.Bot.Drills.Content;
using Drills.Bot.Posting;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Redo;

/// <summary>The redo digest DM and the prompt to answer one redo item (never the answer before a prediction).</summary>
public static class RedoMessages
{
    private const int DrillsShown = 3;

    public static MessageCreate Digest(IReadOnlyList<(RedoItem Item, Drill Drill)> due, DrillCatalog catalog)
    {
        var shown = due.Take(DrillsShown).ToList();
        var more = due.Count - shown.Count;
        var intro = due.Count == 1
            ? "One drill you missed is due again. Predict first, then see the answer."
            : $"{due.Count} drills you missed are due again. Predict first, then see the answer.";
        if (more > 0)
        {
            intro += $" ({more} more after these: `/redo` serves them one by one.)";
        }

        return new MessageCreate
        {
            Content = intro + " Turn these DMs off with `/reminders state:off`.",
            Embeds = shown.Select(x => DrillMessages.PostEmbed(x.Drill, catalog, $"Redo · stage {x.Item.Stage + 1}{VariantNote(x.Item, x.Drill)}")).ToList(),
            Components = [Component.ActionRow(shown.Select(x => AnswerButton(x.Item, x.Drill, catalog)).ToArray())],
        };
    }

    /// <summary><c>/redo</c> or <c>/predict</c> in a DM: the item's drill with a way to answer in place.</summary>
    public static MessageCreate Prompt(RedoItem item, Drill drill, DrillCatalog catalog, bool ephemeral) => new()
    {
        Embeds = [DrillMessages.PostEmbed(drill, catalog, $"Redo · due since {item.DueAt:yyyy-MM-dd}{VariantNote(item, drill)}")],
        Components = Buttons(item, drill),
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
    };

    /// <summary>A choice drill's letters (one click) and "Predict with confidence" (the form); else one Answer button (the form).</summary>
    public static IReadOnlyList<Component> Buttons(RedoItem item, Drill drill) => drill.Answer is ChoiceAnswer choice
        ? DrillMessages.WithConfidenceButton(
            choice.Options.Select(o => Component.Button(ButtonStyle.Secondary, o.Letter.ToString(), RedoIds.ChoiceButton(item.Id, o.Letter))).ToArray(),
            RedoIds.ModalFor(item.Id))
        : [Component.ActionRow(Component.Button(ButtonStyle.Primary, "Answer", RedoIds.AnswerButton(item.Id)))];

    /// <summary>Says when a variant stands in for the missed drill (without naming which: that would hint at the answer).</summary>
    private static string VariantNote(RedoItem item, Drill served) =>
        item.DrillId == served.Id ? "" : " · a variant: same idea as a drill you missed, new code";

    private static Component AnswerButton(RedoItem item, Drill drill, DrillCatalog catalog)
    {
        var label = $"Answer: {catalog.FindPack(drill.Pack)?.Title ?? drill.Pack} {drill.Number}";
        return Component.Button(ButtonStyle.Primary, SafeText.Cut(label, 80), RedoIds.AnswerButton(item.Id));
    }
}
