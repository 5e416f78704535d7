using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Discord;
using Microsoft.Extensions.DependencyInjection;
using static Drills.Bot.Interactions.SlashCommands;

namespace Drills.Bot.Answers;

/// <summary>The one answer path and the two ways in: <c>/predict</c> with the daily post's buttons, <c>/redo</c> with the digest's.</summary>
public static class AnswersSetup
{
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddSingleton<AnswerService>();
        services.AddSingleton<AnswerFlow>();
        services.AddRoute<PredictRoute>([PredictCommand], PostIds.Kinds);
        services.AddRoute<RedoRoute>([RedoCommand], RedoIds.Kinds);
        return services;
    }

    /// <summary>Also in the bot's DMs, where it answers the member's due redo.</summary>
    private static ApplicationCommand PredictCommand => Command("predict", "Predict today's drill (or your due redo, in DMs)", GuildAndDm,
        Option(ApplicationCommandOptionType.String, "answer", "Your prediction; leave out to type several lines", maxLength: AnswerRules.MaxLength));

    private static ApplicationCommand RedoCommand => Command("redo", "Your next due redo drill", GuildAndDm);
}
