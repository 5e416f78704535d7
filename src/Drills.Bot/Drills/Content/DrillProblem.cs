namespace Drills.Bot.Drills.Content;

/// <summary>One thing wrong with a drill file: where, which field, and what.</summary>
public sealed record DrillProblem(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
