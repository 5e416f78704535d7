using Drills.Bot.Drills.Checking;
using Drills.Bot.Drills.Content;

namespace Drills.Bot.Predictions;

/// <summary>What became of a prediction.</summary>
public sealed record PredictionOutcome(PredictionStatus Status, Drill? Drill = null, string? Text = null, CheckResult? Result = null,
    DateTimeOffset? RedoDue = null, string? Problem = null, DateTimeOffset? NextPostAt = null);

public enum PredictionStatus
{
    Recorded,
    AlreadyPredicted,
    Closed,
    NoOpenDrill,
    NotSetUp,
    Invalid,
    DrillRemoved,
}
