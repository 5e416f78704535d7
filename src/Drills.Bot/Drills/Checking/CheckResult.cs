namespace Drills.Bot.Drills.Checking;

/// <summary>How a prediction compares with a drill's answer, with a short reason a member can read.</summary>
public sealed record CheckResult(Verdict Verdict, string Reason)
{
    public bool IsRight => Verdict == Verdict.Right;

    public static CheckResult Right(string reason = "right") => new(Verdict.Right, reason);

    public static CheckResult Wrong(string reason) => new(Verdict.Wrong, reason);

    public static CheckResult Close(string reason) => new(Verdict.Close, reason);

    public static CheckResult Unrecognised(string reason) => new(Verdict.Unrecognised, reason);
}

public enum Verdict
{
    /// <summary>Counts as right.</summary>
    Right,

    /// <summary>Wrong, but nearly: e.g. the right lines in the wrong order.</summary>
    Close,

    /// <summary>Wrong.</summary>
    Wrong,

    /// <summary>Not an answer of this kind at all (no number, no such option): not recorded, the member is asked again.</summary>
    Unrecognised,
}
