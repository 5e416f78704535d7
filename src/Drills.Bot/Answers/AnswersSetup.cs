using Drills.Bot.Interactions;
using Drills.Bot.Posting;
using Drills.Bot.Redo;
using Drills.Bot.Settings;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Drills.Bot.Interactions.SlashCommands;

namespace Drills.Bot.Answers;

/// <summary>
/// The one answer path and its ways in: <c>/predict</c> with the daily post's buttons, <c>/redo</c> with the digest's,
/// <c>/practice</c> with its prompt's; the <c>Practice</c> settings.
/// </summary>
public static class AnswersSetup
{
    public static IServiceCollection AddAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<PracticeOptions>(configuration, PracticeOptions.Section);
        services.AddSingleton<AnswerService>();
        services.AddSingleton<AnswerFlow>();
        services.AddSingleton<PracticePicker>();
        services.AddRoute<PracticeRoute>([PracticeCommand], PracticeIds.Kinds);
        services.AddRoute<PredictRoute>([PredictCommand], PostIds.Kinds);
        services.AddRoute<RedoRoute>([RedoCommand], RedoIds.Kinds);
        return services;
    }

    /// <summary>Also in the bot's DMs, where it answers the member's due redo.</summary>
    private static ApplicationCommand PredictCommand => Command("predict", "Predict today's drill (or your due redo, in DMs)", GuildAndDm,
        Option(ApplicationCommandOptionType.String, "answer", "Your prediction; leave out to type several lines", maxLength: AnswerRules.MaxLength),
        ConfidenceOption);

    /// <summary>Optional everywhere an answer is typed: leaving it out costs nothing.</summary>
    internal static ApplicationCommandOption ConfidenceOption => Option(ApplicationCommandOptionType.String, "confidence", "How sure you are (optional)",
        choices: ConfidenceText.All.Select(c => CommandChoice.Of(c.Label, c.Value)).ToList());

    private static ApplicationCommand PracticeCommand => Command("practice", "An unscored drill on demand, only for you", GuildOnly,
        Option(ApplicationCommandOptionType.String, "pack", "Only this pack (e.g. async)", maxLength: 100, autocomplete: true),
        Option(ApplicationCommandOptionType.String, "concept", "Only drills about this concept", maxLength: 100, autocomplete: true));

    private static ApplicationCommand RedoCommand => Command("redo", "Your next due redo drill", GuildAndDm);
}
