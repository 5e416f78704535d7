using Drills.Bot.Drills.Content;

namespace Drills.Bot.Recap;

/// <summary>One revealed drill of the week: its results, and its most common wrong answer as members typed it.</summary>
public sealed record RecapDrill(DateOnly Date, string DrillId, Drill? Drill, int Predictions, int Right, (string Text, int Count)? MostCommonWrong);
