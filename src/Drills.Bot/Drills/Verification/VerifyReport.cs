using Drills.Bot.Drills.Content;

namespace Drills.Bot.Drills.Verification;

/// <summary>
/// The result of verifying a set of drills: one line per failing drill, the drills retried alone (and how
/// that went), and the choice drills whose letter a reviewer judged because verify cannot.
/// </summary>
public sealed record VerifyReport(IReadOnlyList<string> Problems, IReadOnlyList<string> Retried, IReadOnlyList<Drill> Judged);
