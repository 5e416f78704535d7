using Drills.Discord;

namespace Drills.Bot.Interactions;

/// <summary>Ephemeral replies: everything that concerns one member is shown to that member only.</summary>
public static class Replies
{
    public const string Failure = "Something went wrong on our side and nothing was recorded. Please try again in a moment.";

    public static InteractionResponse Ephemeral(string content) => InteractionResponse.Message(content, ephemeral: true);

    public static InteractionResponse Ephemeral(Embed embed, IReadOnlyList<Component>? components = null, string? content = null) =>
        InteractionResponse.Message(new MessageCreate { Content = content, Embeds = [embed], Components = components, Flags = MessageFlags.Ephemeral });

    public static InteractionResponse Ephemeral(MessageCreate message)
    {
        message.Flags = MessageFlags.Ephemeral;
        return InteractionResponse.Message(message);
    }

    /// <summary>A modal with one paragraph input for a prediction (title &lt;= 45, input &lt;= 1000 chars).</summary>
    public static InteractionResponse PredictionModal(string customId, string title) =>
        InteractionResponse.Modal(customId, Text.SafeText.Cut(title, 45),
            Component.LabelFor("Your prediction", Component.TextInput(CustomIds.AnswerField, TextInputStyle.Paragraph,
                minLength: 1, maxLength: Predictions.PredictionRules.MaxLength, required: true,
                placeholder: "What it prints, how long it takes, or the error")));

    public static MessageEdit Edit(string content) => new() { Content = content };
}
