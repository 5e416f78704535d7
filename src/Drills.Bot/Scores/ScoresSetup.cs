using Drills.Bot.Interactions;
using Drills.Bot.Settings;
using Drills.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Drills.Bot.Interactions.SlashCommands;

namespace Drills.Bot.Scores;

/// <summary>Running scores and streaks, ranks, <c>/score</c> (with its chart) and <c>/leaderboard</c>; the <c>Scores</c> settings.</summary>
public static class ScoresSetup
{
    public static IServiceCollection AddScores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<ScoreOptions>(configuration, ScoreOptions.Section);
        services.AddSingleton<ScoreService>();
        services.AddSingleton<GroupRanks>();
        services.AddSingleton<Leaderboards>();
        services.AddRoute<ScoreRoute>([ScoreCommand, LeaderboardCommand]);
        return services;
    }

    private static ApplicationCommand ScoreCommand => Command("score", "Your score in this group, or another member's", GuildOnly,
        Option(ApplicationCommandOptionType.User, "member", "Whose score to show"));

    private static ApplicationCommand LeaderboardCommand => Command("leaderboard", "Top members of this group", GuildOnly,
        Option(ApplicationCommandOptionType.String, "period", "Which period (default: all time)",
            choices: [CommandChoice.Of("this week", "week"), CommandChoice.Of("this month", "month"), CommandChoice.Of("all time", "all")]));
}
