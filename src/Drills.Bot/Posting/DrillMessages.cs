using Drills.Bot.Drills.Content;
using Drills.Bot.Text;
using Drills.Discord;

namespace Drills.Bot.Posting;

/// <summary>The daily post, its closed form and the public reveal. The answer appears only in the reveal.</summary>
public static class DrillMessages
{
    public static string Heading(Drill drill, DrillCatalog catalog) =>
        $"{catalog.FindPack(drill.Pack)?.Title ?? drill.Pack} · Drill {drill.Number}: {drill.Title}";

    public static MessageCreate Post(int postId, Drill drill, DrillCatalog catalog, DateTimeOffset closesAt) => new()
    {
        Embeds = [PostEmbed(drill, catalog, $"Closes {SafeText.Relative(closesAt)}. Predict first: the answer comes after you commit.")],
        Components = PostButtons(postId, drill),
    };

    public static MessageEdit Closed(Drill? drill, DrillCatalog catalog, string drillId) => new()
    {
        Embeds = drill is null ? null : [PostEmbed(drill, catalog, "Closed: the answer is in the reveal below.", Colours.Grey)],
        Components = [],
        Content = drill is null ? $"Drill `{drillId}` is closed." : null,
    };

    /// <summary>The question, the code and how to answer; never the answer.</summary>
    public static Embed PostEmbed(Drill drill, DrillCatalog catalog, string footer, int colour = Colours.Blue)
    {
        var body = $"{drill.Question}\n{SafeText.Block(drill.Code, 3000, "python")}";
        if (drill.Answer is ChoiceAnswer choice)
        {
            body += "\n" + string.Join('\n', choice.Options.Select(o => $"**{o.Letter})** {o.Text}"));
        }

        return new Embed
        {
            Title = SafeText.Cut(Heading(drill, catalog), 256),
            Description = SafeText.Cut(body, 4000),
            Color = colour,
            Fields = [new EmbedField { Name = "How to answer", Value = drill.Answer.FormatHint }],
            Footer = new EmbedFooter { Text = footer },
        };
    }

    public static IReadOnlyList<Component> PostButtons(int postId, Drill drill)
    {
        if (drill.Answer is ChoiceAnswer choice)
        {
            var buttons = choice.Options
                .Select(o => Component.Button(ButtonStyle.Secondary, o.Letter.ToString(), PostIds.ChoiceButton(postId, o.Letter)))
                .ToArray();
            return WithConfidenceButton(buttons, PostIds.PredictButton(postId));
        }

        return [Component.ActionRow(Component.Button(ButtonStyle.Primary, "Predict", PostIds.PredictButton(postId)))];
    }

    /// <summary>
    /// A choice drill's letter buttons answer in one click, as always; one more button opens the form with the options
    /// and an optional "how sure are you?" (on a row of its own when the letters fill theirs).
    /// </summary>
    public static IReadOnlyList<Component> WithConfidenceButton(Component[] letters, string formCustomId)
    {
        var sure = Component.Button(ButtonStyle.Primary, "Predict with confidence", formCustomId);
        return letters.Length < 5 ? [Component.ActionRow([.. letters, sure])] : [Component.ActionRow(letters), Component.ActionRow(sure)];
    }

    public static MessageCreate Reveal(Drill? drill, DrillCatalog catalog, RevealStats stats)
    {
        var fields = new List<EmbedField>
        {
            new() { Name = "Predictions", Value = stats.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), Inline = true },
            new() { Name = "Right", Value = stats.Total == 0 ? "0" : $"{stats.Right} ({100.0 * stats.Right / stats.Total:0}%)", Inline = true },
        };
        if (stats.MostCommonWrong is { } wrong)
        {
            fields.Add(new EmbedField { Name = "Most common wrong answer", Value = $"{SafeText.Inline(wrong.Text)} ({wrong.Count}×)", Inline = false });
        }

        var description = drill is null
            ? "This drill has since been removed from the packs."
            : $"**Answer:** {SafeText.Inline(drill.Answer.Display, 500)}\n\n{drill.Explanation}";
        return new MessageCreate
        {
            Embeds =
            [
                new Embed
                {
                    Title = SafeText.Cut("Answer · " + (drill is null ? "removed drill" : Heading(drill, catalog)), 256),
                    Description = SafeText.Cut(description, 4000),
                    Color = Colours.Green,
                    Fields = fields,
                },
            ],
        };
    }
}

/// <summary>The group's results for one drill, for the reveal.</summary>
public sealed record RevealStats(int Total, int Right, (string Text, int Count)? MostCommonWrong);
