using Drills.Bot.Drills.Content;

namespace Drills.Bot.Answers;

/// <summary>The drill to practise, or why there is none.</summary>
public sealed record PracticePick(Drill? Drill, string? Refusal)
{
    public static PracticePick None(string why) => new(null, why);
}
