namespace Drills.Bot.Answers;

/// <summary>Configuration section <c>Practice</c>: what an unscored <c>/practice</c> answer feeds.</summary>
public sealed class PracticeOptions
{
    public const string Section = "Practice";

    /// <summary>Whether a missed practice drill goes on the member's redo list (it always counts for concept mastery).</summary>
    public bool AddsRedo { get; set; } = true;
}
