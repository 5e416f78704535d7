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

    public static MessageEdit Edit(string content) => new() { Content = content };
}
